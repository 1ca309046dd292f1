-- A follow-up round transcribed from a published document (RECORDED) is public because its source is, and nobody
-- wrote, submitted, reviewed or approved it in the product. Its assessments are RECORDED too and may lack an
-- organisation when the document does not say who wrote them.
alter table follow_up_round drop constraint follow_up_round_status_check;
alter table follow_up_round add constraint follow_up_round_status_check
    check (status in ('OPEN', 'COMPILED', 'APPROVED', 'RECORDED'));

alter table assessment drop constraint assessment_state_check;
alter table assessment add constraint assessment_state_check
    check (state in ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'RECORDED'));

alter table assessment alter column organisation_id drop not null;
alter table assessment add constraint assessment_organisation_unless_recorded
    check (organisation_id is not null or state = 'RECORDED');
