-- The report of an approved round is read far more than anything changes: it is computed once and kept here
-- (JSON, and CSV and PDF when first asked for), shared by every API instance. A snapshot is valid for the round's
-- version and the value of report_input_change it was computed at; any statement that changes what a report is
-- computed from advances that sequence (sequences are not transactional, so the change is seen at once), and
-- snapshots of an older value are recomputed on the next read. Counties and municipalities are left out: reference
-- data only changes with a new release of the official codes.
create sequence report_input_change;

create table follow_up_report_snapshot (
    round_id      uuid        primary key references follow_up_round (id) on delete cascade,
    round_version bigint      not null,
    input_change  bigint      not null,
    report_json   bytea       not null,
    report_csv    bytea,
    report_pdf    bytea,
    computed_at   timestamptz not null
);

create function report_input_changed() returns trigger
    language plpgsql as $$
begin
    perform nextval('report_input_change');
    return null;
end
$$;

do $$
declare
    source text;
begin
    foreach source in array array['agreement', 'goal_area', 'yearly_priority', 'yearly_priority_point', 'organisation',
                                  'follow_up_round', 'assessment', 'assessment_activity', 'assessment_activity_organisation',
                                  'indicator', 'indicator_target', 'indicator_value']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function report_input_changed()', source || '_changes_report', source);
    end loop;
end
$$;

-- The same idea for agreement documents, kept in each API instance's memory (a document is small, and rebuilding it
-- from some 60 entities per request was most of its cost): any committed change to what a document shows advances
-- document_change, and a kept document of an older value is rebuilt. Row triggers deferred to commit, so a reader
-- that sees the new value also sees the change (these tables are written a few rows at a time).
create sequence document_change;

create function document_changed() returns trigger
    language plpgsql as $$
begin
    perform nextval('document_change');
    return null;
end
$$;

do $$
declare
    source text;
begin
    foreach source in array array['agreement', 'agreement_legal_reference', 'agreement_target_group', 'agreement_perspective',
                                  'agreement_party', 'agreement_party_signatory', 'goal_area', 'goal_area_strategy',
                                  'goal_area_target_group', 'responsibility', 'yearly_priority', 'yearly_priority_point',
                                  'organisation', 'county', 'municipality']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function document_changed()', source || '_changes_document', source);
    end loop;
end
$$;
