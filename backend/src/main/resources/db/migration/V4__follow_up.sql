-- Goal follow-up (uppföljning): indicators with targets and values per year, municipality and gender, and the yearly
-- follow-up round in which the responsible parties assess their goal areas and the coordinator compiles the report.
-- (V3 is taken by another branch; Flyway accepts the gap.)

-- An indicator belongs to an agreement and optionally to one of its goal areas ("andel nyanlända flyktingar som har
-- arbete inom två år"). Removing a goal area from a draft leaves its indicators agreement-wide.
create table indicator (
    id               uuid          primary key,
    agreement_id     uuid          not null references agreement (id) on delete cascade,
    goal_area_id     uuid          references goal_area (id) on delete set null,
    name             varchar(300)  not null,
    description      text,
    unit             varchar(50)   not null,
    direction        varchar(20)   not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    scope            varchar(20)   not null check (scope in ('COUNTY', 'MUNICIPALITY')),
    gender_breakdown boolean       not null,
    source           varchar(10)   not null check (source in ('MANUAL', 'KOLADA')),
    kolada_kpi       varchar(10)   check (kolada_kpi ~ '^[NU][0-9]{5}$'),
    baseline_year    integer,
    baseline_value   numeric(18, 4),
    sample           boolean       not null default false,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    created_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(200)  not null,
    constraint indicator_kolada_kpi check ((source = 'KOLADA') = (kolada_kpi is not null)),
    constraint indicator_baseline check ((baseline_year is null) = (baseline_value is null))
);
create index indicator_agreement_idx on indicator (agreement_id);
create index indicator_goal_area_idx on indicator (goal_area_id);

create table indicator_target (
    indicator_id uuid           not null references indicator (id) on delete cascade,
    year         integer        not null,
    value        numeric(18, 4) not null,
    primary key (indicator_id, year)
);

-- One value per indicator, year, municipality (null for county-wide indicators) and gender.
create table indicator_value (
    id                uuid           primary key,
    indicator_id      uuid           not null references indicator (id) on delete cascade,
    year              integer        not null,
    municipality_code varchar(4)     references municipality (code),
    gender            varchar(10)    not null check (gender in ('TOTAL', 'WOMEN', 'MEN')),
    value             numeric(18, 4) not null,
    sample            boolean        not null default false,
    recorded_at       timestamptz    not null,
    recorded_by       varchar(200)   not null
);
create unique index indicator_value_once
    on indicator_value (indicator_id, year, coalesce(municipality_code, ''), gender);

-- A follow-up round of one agreement and year; deadline and approval may be unknown for rounds recorded from
-- published documents, the API requires them.
create table follow_up_round (
    id           uuid         primary key,
    agreement_id uuid         not null references agreement (id) on delete cascade,
    year         integer      not null,
    deadline     date,
    status       varchar(20)  not null check (status in ('OPEN', 'COMPILED', 'APPROVED')),
    summary      text,
    compiled_at  timestamptz,
    compiled_by  varchar(200),
    approved_by  varchar(300),
    approved_on  date,
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null,
    constraint follow_up_round_once unique (agreement_id, year)
);

-- One task per goal area and responsible organisation in a round.
create table assessment (
    id              uuid         primary key,
    round_id        uuid         not null references follow_up_round (id) on delete cascade,
    goal_area_id    uuid         not null references goal_area (id),
    organisation_id uuid         not null references organisation (id),
    state           varchar(20)  not null check (state in ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    status          varchar(20)  check (status in ('ON_TRACK', 'PARTLY', 'NOT_ON_TRACK', 'NOT_ASSESSED')),
    situation       text,
    return_comment  text,
    submitted_at    timestamptz,
    submitted_by    varchar(200),
    reviewed_at     timestamptz,
    reviewed_by     varchar(200),
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint assessment_once unique (round_id, goal_area_id, organisation_id)
);
create index assessment_organisation_idx on assessment (organisation_id);

-- Insatser: what was done, by whom, with what result and money.
create table assessment_activity (
    id             uuid          primary key,
    assessment_id  uuid          not null references assessment (id) on delete cascade,
    position       integer       not null,
    title          varchar(300)  not null,
    description    text,
    result         text,
    funding_source varchar(100)
);
create index assessment_activity_assessment_idx on assessment_activity (assessment_id);

create table assessment_activity_organisation (
    activity_id     uuid    not null references assessment_activity (id) on delete cascade,
    position        integer not null,
    organisation_id uuid    not null references organisation (id),
    primary key (activity_id, position)
);
create index assessment_activity_organisation_idx on assessment_activity_organisation (organisation_id);

-- Indicator values reported with an assessment; copied into indicator_value when the assessment is accepted.
create table assessment_indicator_value (
    assessment_id     uuid           not null references assessment (id) on delete cascade,
    position          integer        not null,
    indicator_id      uuid           not null references indicator (id),
    municipality_code varchar(4)     references municipality (code),
    gender            varchar(10)    not null check (gender in ('TOTAL', 'WOMEN', 'MEN')),
    value             numeric(18, 4) not null,
    primary key (assessment_id, position)
);
create index assessment_indicator_value_indicator_idx on assessment_indicator_value (indicator_id);
