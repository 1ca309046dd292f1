-- Issue 14, "Priorities and decisions that take effect": a yearly priority is proposed by the preparing forum and decided
-- by a meeting decision of the forum it prepares for; a decision can take effect on what it decides (a priority, an
-- agreement's adoption, a follow-up round's approval), exactly once per subject. Forums keep standing agenda points
-- that every new meeting gets, and an action item can be passed along the preparation chain at the same level.

-- PROPOSED (by a preparing forum) → DECIDED (by a meeting decision); RECORDED is a priority transcribed from a
-- published document, whose free-text "decided by" is all the product knows. What was stored before is RECORDED.
alter table yearly_priority
    add column status               varchar(20) not null default 'RECORDED'
        check (status in ('PROPOSED', 'DECIDED', 'RECORDED')),
    add column proposed_by_forum_id uuid        references forum (id),
    add column decision_id          uuid        references decision (id);
alter table yearly_priority alter column status drop default;
alter table yearly_priority
    add constraint yearly_priority_decided_by_decision check ((status = 'DECIDED') = (decision_id is not null));
create index yearly_priority_decision_idx on yearly_priority (decision_id);

-- What a decision changed: one row per subject it took effect on; a subject takes a decision's effect once.
-- The label is the subject as it was named when the decision took effect (the subject may later be renamed).
create table decision_effect (
    id           uuid         primary key,
    decision_id  uuid         not null references decision (id),
    position     integer      not null,
    kind         varchar(30)  not null check (kind in ('PRIORITY', 'AGREEMENT_ADOPTION', 'FOLLOW_UP_APPROVAL')),
    subject_id   uuid         not null,
    agreement_id uuid,
    label        varchar(1000) not null,
    applied_at   timestamptz  not null,
    applied_by   varchar(200) not null,
    constraint decision_effect_once unique (kind, subject_id)
);
create index decision_effect_decision_idx on decision_effect (decision_id, position);

-- The approval of a follow-up round by a meeting decision (approved_by keeps the forum's name as before).
alter table follow_up_round add column approval_decision_id uuid references decision (id);

-- Standing agenda points: every new meeting of the forum starts with them ("RUS – avstämning och uppföljning").
create table forum_standing_item (
    id           uuid         primary key,
    forum_id     uuid         not null references forum (id) on delete cascade,
    position     integer      not null,
    title        varchar(500) not null,
    kind         varchar(30)  not null check (kind in ('STATUS_REPORT', 'SUBREGIONAL_INPUT', 'PRESENTATION', 'DEEP_DIVE',
                                                      'DECISION', 'STANDING_FOLLOW_UP', 'OTHER')),
    description  text,
    agreement_id uuid         references agreement (id),
    goal_area_id uuid         references goal_area (id),
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null,
    provenance_kind     varchar(20) check (provenance_kind in ('SOURCE', 'INFERRED', 'SAMPLE')),
    provenance_source   varchar(500),
    provenance_note     text,
    provenance_inferred text[],
    constraint forum_standing_item_provenance check (provenance_kind is not null or (provenance_source is null
        and provenance_note is null and provenance_inferred is null))
);
create index forum_standing_item_forum_idx on forum_standing_item (forum_id, position);

-- How an item came into its forum from another: raised to a higher level, or passed along the preparation chain
-- (to the forum the current one prepares for or reports to, at the same level too). Null for items handed out.
alter table action_item add column raised_as varchar(20) check (raised_as in ('ESCALATED', 'PASSED_ALONG'));
update action_item set raised_as = 'ESCALATED' where raised_from_id is not null;
alter table action_item add constraint action_item_raised_as check ((raised_from_id is null) = (raised_as is null));

-- A kept agreement document now names the forum that proposed a priority and the meeting that decided it (forum name,
-- meeting date, agenda point number): changes to those also advance document_change (see V9).
do $$
declare
    source text;
begin
    foreach source in array array['forum', 'meeting', 'agenda_item', 'decision']
    loop
        execute format('create constraint trigger %I after update or delete on %I deferrable initially deferred '
                       'for each row execute function document_changed()', source || '_changes_document', source);
    end loop;
end
$$;
