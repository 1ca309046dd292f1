-- The strategy process (issue 14): an agreement's process map (ordered phases with their checklist), the gap
-- analyses and possible areas of action per target group (scored by effect and feasibility, the chosen ones are
-- the areas of action), and the action plans: activities per goal area or area of action.

create or replace function pg_temp.audit_columns(target text) returns void language plpgsql as $$
begin
    execute format('alter table %I add column version bigint not null default 0', target);
    execute format('alter table %I add column created_at timestamptz not null', target);
    execute format('alter table %I add column created_by varchar(200) not null', target);
    execute format('alter table %I add column updated_at timestamptz not null', target);
    execute format('alter table %I add column updated_by varchar(200) not null', target);
    execute format('alter table %I add column provenance_kind varchar(20) '
                   || 'check (provenance_kind in (''SOURCE'', ''INFERRED'', ''SAMPLE''))', target);
    execute format('alter table %I add column provenance_source varchar(500)', target);
    execute format('alter table %I add column provenance_note text', target);
    execute format('alter table %I add column provenance_inferred text[]', target);
    execute format('alter table %I add constraint %I check (provenance_kind is not null or (provenance_source is null '
                   || 'and provenance_note is null and provenance_inferred is null))', target, target || '_provenance');
end
$$;

create table strategy_phase (
    id                    uuid         primary key,
    agreement_id          uuid         not null references agreement (id) on delete cascade,
    position              integer      not null,
    name                  varchar(200) not null,
    description           text,
    goal                  text,
    planned_start         date,
    planned_end           date,
    actual_start          date,
    actual_end            date,
    status                varchar(20)  not null check (status in ('NOT_STARTED', 'ONGOING', 'DONE')),
    owner_forum_id        uuid         references forum (id),
    owner_organisation_id uuid         references organisation (id),
    constraint strategy_phase_planned check (planned_start is null or planned_end is null or planned_end >= planned_start),
    constraint strategy_phase_actual check (actual_start is null or actual_end is null or actual_end >= actual_start),
    constraint strategy_phase_one_owner check (owner_forum_id is null or owner_organisation_id is null)
);
select pg_temp.audit_columns('strategy_phase');
create index strategy_phase_agreement_idx on strategy_phase (agreement_id, position);
create index strategy_phase_forum_idx on strategy_phase (owner_forum_id);
create index strategy_phase_organisation_idx on strategy_phase (owner_organisation_id);

-- The checklist points of a phase, in their order, each with its done mark and the day it was done.
create table strategy_phase_checkpoint (
    phase_id uuid          not null references strategy_phase (id) on delete cascade,
    position integer       not null,
    text     varchar(1000) not null,
    done     boolean       not null,
    done_on  date,
    primary key (phase_id, position),
    constraint strategy_phase_checkpoint_done_on check (done or done_on is null)
);

-- Möjliga insatsområden: scored 1–5 on effect and feasibility; a chosen one is an area of action.
create table strategy_area (
    id           uuid          primary key,
    agreement_id uuid          not null references agreement (id) on delete cascade,
    target_group varchar(40),
    title        varchar(500)  not null,
    description  text,
    goal_area_id uuid          references goal_area (id) on delete set null,
    effect       integer       check (effect between 1 and 5),
    feasibility  integer       check (feasibility between 1 and 5),
    status       varchar(20)   not null check (status in ('POSSIBLE', 'CHOSEN')),
    chosen_on    date,
    example      boolean       not null default false,
    constraint strategy_area_chosen_scored check (status <> 'CHOSEN' or (effect is not null and feasibility is not null))
);
select pg_temp.audit_columns('strategy_area');
create index strategy_area_agreement_idx on strategy_area (agreement_id);
create index strategy_area_goal_area_idx on strategy_area (goal_area_id);

-- Analys av brister: a finding about one target group's system, with where it comes from and when.
create table strategy_gap_finding (
    id           uuid         primary key,
    agreement_id uuid         not null references agreement (id) on delete cascade,
    target_group varchar(40)  not null,
    finding      text         not null,
    source       varchar(500),
    found_on     date,
    example      boolean      not null default false
);
select pg_temp.audit_columns('strategy_gap_finding');
create index strategy_gap_finding_agreement_idx on strategy_gap_finding (agreement_id, target_group);

-- Handlingsplan: an activity towards a goal area or an area of action, owned by one organisation.
create table plan_activity (
    id                    uuid         primary key,
    agreement_id          uuid         not null references agreement (id) on delete cascade,
    goal_area_id          uuid         references goal_area (id) on delete cascade,
    area_id               uuid         references strategy_area (id),
    title                 varchar(300) not null,
    description           text,
    owner_organisation_id uuid         not null references organisation (id),
    starts_on             date,
    due_on                date,
    status                varchar(20)  not null check (status in ('PLANNED', 'ONGOING', 'DONE', 'CANCELLED')),
    indicator_id          uuid         references indicator (id) on delete set null,
    project_id            uuid         references funding_project (id) on delete set null,
    constraint plan_activity_one_target check (num_nonnulls(goal_area_id, area_id) = 1),
    constraint plan_activity_period check (starts_on is null or due_on is null or due_on >= starts_on)
);
select pg_temp.audit_columns('plan_activity');
create index plan_activity_agreement_idx on plan_activity (agreement_id);
create index plan_activity_goal_area_idx on plan_activity (goal_area_id);
create index plan_activity_area_idx on plan_activity (area_id);
create index plan_activity_owner_idx on plan_activity (owner_organisation_id);
create index plan_activity_indicator_idx on plan_activity (indicator_id);
create index plan_activity_project_idx on plan_activity (project_id);

create table plan_activity_partner (
    activity_id     uuid    not null references plan_activity (id) on delete cascade,
    position        integer not null,
    organisation_id uuid    not null references organisation (id),
    primary key (activity_id, position)
);
create index plan_activity_partner_organisation_idx on plan_activity_partner (organisation_id);
