-- Funding (issue 13): programmes (§37, §37a, TIA, ESF+, AMIF …), calls per county and year with their stated
-- priorities, applications from draft to decision, projects (granted or funded elsewhere) with a budget per funding
-- source, and their accounting. Money is numeric(14,2): exact kronor and öre, never floating point.

create function pg_temp.audit_columns(target text) returns void language plpgsql as $$
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

create table funding_programme (
    id                 uuid         primary key,
    kind               varchar(20)  not null
                           check (kind in ('PARAGRAPH_37', 'PARAGRAPH_37A', 'TIA', 'ESF_PLUS', 'AMIF', 'OTHER')),
    name               varchar(200) not null,
    description        text,
    sfs_number         varchar(20)  check (sfs_number ~ '^[0-9]{4}:[0-9]{1,4}$'),
    legal_title        varchar(500),
    managing_authority varchar(200),
    constraint funding_programme_name_once unique (name),
    constraint funding_programme_title_needs_sfs check (legal_title is null or sfs_number is not null)
);
select pg_temp.audit_columns('funding_programme');

create table funding_call (
    id              uuid          primary key,
    programme_id    uuid          not null references funding_programme (id),
    county_code     varchar(2)    not null references county (code),
    year            integer       not null check (year between 2000 and 2100),
    title           varchar(300)  not null,
    description     text,
    starts_on       date,
    ends_on         date,
    deadline        date,
    budget          numeric(14,2) check (budget >= 0),
    strategy_weight text,
    status          varchar(20)   not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    constraint funding_call_period check (starts_on is null or ends_on is null or ends_on >= starts_on)
);
select pg_temp.audit_columns('funding_call');
create index funding_call_county_idx on funding_call (county_code, year);
create index funding_call_programme_idx on funding_call (programme_id);

-- A call's stated priorities ("Föräldrastöd har prioriterats vid ansökningar inom § 37a"), in stated order.
create table funding_call_priority (
    id       uuid    primary key,
    call_id  uuid    not null references funding_call (id) on delete cascade,
    position integer not null,
    text     text    not null
);
create index funding_call_priority_call_idx on funding_call_priority (call_id);

create table funding_application (
    id                        uuid          primary key,
    call_id                   uuid          not null references funding_call (id),
    applicant_organisation_id uuid          not null references organisation (id),
    project_name              varchar(300)  not null,
    description               text,
    amount_applied            numeric(14,2) not null check (amount_applied > 0),
    starts_on                 date          not null,
    ends_on                   date          not null,
    status                    varchar(20)   not null
                                  check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'GRANTED', 'REJECTED', 'WITHDRAWN')),
    submitted_at              timestamptz,
    amount_granted            numeric(14,2) check (amount_granted > 0),
    decided_on                date,
    case_number               varchar(100),
    decision_reason           text,
    constraint funding_application_period check (ends_on >= starts_on),
    constraint funding_application_granted_within_applied check (amount_granted is null or amount_granted <= amount_applied),
    constraint funding_application_granted_has_amount check ((status = 'GRANTED') = (amount_granted is not null))
);
select pg_temp.audit_columns('funding_application');
create index funding_application_call_idx on funding_application (call_id);
create index funding_application_applicant_idx on funding_application (applicant_organisation_id);

create table funding_application_co_applicant (
    application_id  uuid    not null references funding_application (id) on delete cascade,
    position        integer not null,
    organisation_id uuid    not null references organisation (id),
    primary key (application_id, position)
);
create index funding_application_co_applicant_idx on funding_application_co_applicant (organisation_id);

create table funding_project (
    id                    uuid         primary key,
    name                  varchar(300) not null,
    description           text,
    county_code           varchar(2)   not null references county (code),
    owner_organisation_id uuid         references organisation (id),
    application_id        uuid         references funding_application (id),
    starts_on             date,
    ends_on               date,
    status                varchar(20)  not null check (status in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')),
    results               text,
    constraint funding_project_application_once unique (application_id),
    constraint funding_project_period check (starts_on is null or ends_on is null or ends_on >= starts_on)
);
select pg_temp.audit_columns('funding_project');
create index funding_project_county_idx on funding_project (county_code);
create index funding_project_owner_idx on funding_project (owner_organisation_id);

create table funding_project_partner (
    project_id      uuid    not null references funding_project (id) on delete cascade,
    position        integer not null,
    organisation_id uuid    not null references organisation (id),
    primary key (project_id, position)
);
create index funding_project_partner_idx on funding_project_partner (organisation_id);

-- The budget per funding source and year; the amount stays empty where no source states it.
create table funding_project_budget (
    project_id   uuid          not null references funding_project (id) on delete cascade,
    position     integer       not null,
    programme_id uuid          references funding_programme (id),
    source       varchar(200),
    year         integer       not null check (year between 2000 and 2100),
    amount       numeric(14,2) check (amount >= 0),
    primary key (project_id, position),
    constraint funding_project_budget_source check (programme_id is not null or source is not null)
);
create index funding_project_budget_programme_idx on funding_project_budget (programme_id);

-- What a priority, application or project serves: goal areas, strategies (by goal area and position, so that a
-- renamed strategy stays linked) and target groups. Links go when their goal area goes.
create function pg_temp.link_tables(owner text, owner_table text) returns void language plpgsql as $$
begin
    execute format('create table %I (%I uuid not null references %I (id) on delete cascade, '
                   || 'goal_area_id uuid not null references goal_area (id) on delete cascade, '
                   || 'primary key (%I, goal_area_id))',
                   owner_table || '_goal_area', owner || '_id', owner_table, owner || '_id');
    execute format('create index %I on %I (goal_area_id)', owner_table || '_goal_area_idx', owner_table || '_goal_area');
    execute format('create table %I (%I uuid not null references %I (id) on delete cascade, '
                   || 'goal_area_id uuid not null references goal_area (id) on delete cascade, '
                   || 'strategy_position integer not null check (strategy_position >= 0), '
                   || 'primary key (%I, goal_area_id, strategy_position))',
                   owner_table || '_strategy', owner || '_id', owner_table, owner || '_id');
    execute format('create table %I (%I uuid not null references %I (id) on delete cascade, '
                   || 'target_group varchar(40) not null, primary key (%I, target_group))',
                   owner_table || '_target_group', owner || '_id', owner_table, owner || '_id');
end
$$;
select pg_temp.link_tables('priority', 'funding_call_priority');
select pg_temp.link_tables('application', 'funding_application');
select pg_temp.link_tables('project', 'funding_project');

-- Redovisning: what the project did with the money, due on a date; overdue while not filed after it.
create table funding_account (
    id            uuid          primary key,
    project_id    uuid          not null references funding_project (id) on delete cascade,
    due_on        date          not null,
    status        varchar(20)   not null check (status in ('DUE', 'FILED', 'APPROVED')),
    spent         numeric(14,2) check (spent >= 0),
    what_was_done text,
    results       text,
    filed_at      timestamptz,
    filed_by      varchar(200)
);
select pg_temp.audit_columns('funding_account');
create index funding_account_project_idx on funding_account (project_id);
create index funding_account_due_idx on funding_account (status, due_on);

-- A responsibility "genom projekt …" and a follow-up activity may point at the project; their text stays.
alter table responsibility add column project_id uuid references funding_project (id) on delete set null;
create index responsibility_project_idx on responsibility (project_id);
alter table assessment_activity add column project_id uuid references funding_project (id) on delete set null;
create index assessment_activity_project_idx on assessment_activity (project_id);
