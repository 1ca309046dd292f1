-- Agreements (överenskommelser): RÖK, LÖK, RUS and cooperation plans, with their parties, goal areas,
-- responsibilities and yearly priorities; and the change log that keeps their history.

create table agreement (
    id                  uuid         primary key,
    kind                varchar(20)  not null check (kind in ('REGIONAL', 'LOCAL', 'STRATEGY', 'COOPERATION_PLAN')),
    title               varchar(300) not null,
    county_code         varchar(2)   not null references county (code),
    municipality_code   varchar(4)   references municipality (code),
    first_year          integer      not null,
    last_year           integer      not null,
    purpose             text,
    background          text,
    report_number       varchar(100),
    status              varchar(20)  not null
                            check (status in ('DRAFT', 'CONSULTATION', 'ADOPTED', 'EXPIRED', 'SUPERSEDED')),
    adopted_on          date,
    parent_agreement_id uuid         references agreement (id),
    supersedes_id       uuid         references agreement (id),
    search_document     tsvector,
    version             bigint       not null default 0,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    constraint agreement_period check (last_year >= first_year),
    constraint agreement_municipality_only_local check ((kind = 'LOCAL') = (municipality_code is not null)),
    constraint agreement_not_own_parent check (parent_agreement_id is null or parent_agreement_id <> id),
    constraint agreement_not_own_revision check (supersedes_id is null or supersedes_id <> id)
);
create index agreement_county_idx on agreement (county_code);
create index agreement_status_idx on agreement (status);
create index agreement_parent_idx on agreement (parent_agreement_id);
create index agreement_supersedes_idx on agreement (supersedes_id);
create index agreement_search_idx on agreement using gin (search_document);

create table agreement_legal_reference (
    agreement_id uuid         not null references agreement (id) on delete cascade,
    position     integer      not null,
    sfs_number   varchar(20)  not null check (sfs_number ~ '^[0-9]{4}:[0-9]{1,4}$'),
    title        varchar(500),
    primary key (agreement_id, position)
);

create table agreement_target_group (
    agreement_id uuid        not null references agreement (id) on delete cascade,
    target_group varchar(40) not null,
    primary key (agreement_id, target_group)
);

create table agreement_perspective (
    agreement_id uuid        not null references agreement (id) on delete cascade,
    perspective  varchar(30) not null,
    primary key (agreement_id, perspective)
);

create table agreement_party (
    id              uuid         primary key,
    agreement_id    uuid         not null references agreement (id) on delete cascade,
    organisation_id uuid         not null references organisation (id),
    role            varchar(20)  not null check (role in ('SIGNATORY', 'CONVENER', 'PARTICIPANT')),
    signed_on       date,
    position        integer      not null,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint agreement_party_once unique (agreement_id, organisation_id)
);
create index agreement_party_organisation_idx on agreement_party (organisation_id);

-- The people who signed for a party, in printed order (Arbetsförmedlingen Norra Mälardalen had two).
create table agreement_party_signatory (
    party_id uuid         not null references agreement_party (id) on delete cascade,
    position integer      not null,
    name     varchar(200) not null,
    title    varchar(300),
    primary key (party_id, position)
);

create table goal_area (
    id           uuid         primary key,
    agreement_id uuid         not null references agreement (id) on delete cascade,
    number       varchar(20)  not null check (number ~ '^[0-9]+(\.[0-9]+)*$'),
    title        varchar(300) not null,
    goal         text,
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null,
    constraint goal_area_number_once unique (agreement_id, number)
);

create table goal_area_strategy (
    goal_area_id uuid    not null references goal_area (id) on delete cascade,
    position     integer not null,
    text         text    not null,
    primary key (goal_area_id, position)
);

create table goal_area_target_group (
    goal_area_id uuid        not null references goal_area (id) on delete cascade,
    target_group varchar(40) not null,
    primary key (goal_area_id, target_group)
);

-- Who answers for a goal area at which level; "övriga undertecknande parter" is one row with
-- all_other_signatories, resolved against the parties when read.
create table responsibility (
    id                    uuid         primary key,
    goal_area_id          uuid         not null references goal_area (id) on delete cascade,
    organisation_id       uuid         references organisation (id),
    all_other_signatories boolean      not null default false,
    kind                  varchar(20)  not null check (kind in ('RESPONSIBLE', 'OTHER')),
    level                 varchar(20)  not null check (level in ('NATIONAL', 'REGIONAL', 'SUBREGIONAL', 'LOCAL')),
    version               bigint       not null default 0,
    created_at            timestamptz  not null,
    created_by            varchar(200) not null,
    updated_at            timestamptz  not null,
    updated_by            varchar(200) not null,
    constraint responsibility_one_subject check ((organisation_id is null) = all_other_signatories)
);
create index responsibility_goal_area_idx on responsibility (goal_area_id);
create index responsibility_organisation_idx on responsibility (organisation_id);

-- Yearly focus of a goal area ("Under 2024 med särskilt fokus på att …").
create table yearly_priority (
    id           uuid         primary key,
    goal_area_id uuid         not null references goal_area (id) on delete cascade,
    year         integer      not null,
    decided_by   varchar(300),
    decided_on   date,
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null,
    constraint yearly_priority_once unique (goal_area_id, year)
);

create table yearly_priority_point (
    priority_id uuid    not null references yearly_priority (id) on delete cascade,
    position    integer not null,
    text        text    not null,
    primary key (priority_id, position)
);

-- Who changed what and when. No foreign key: the history outlives a deleted draft.
create table change_log (
    id                  bigserial    primary key,
    subject_type        varchar(30)  not null,
    subject_id          uuid         not null,
    entity_type         varchar(30)  not null,
    entity_id           uuid         not null,
    action              varchar(30)  not null,
    summary             varchar(500) not null,
    changed_at          timestamptz  not null,
    actor               varchar(200) not null,
    actor_organisation  varchar(20),
    actor_client        varchar(200),
    changes             jsonb        not null default '[]'
);
create index change_log_subject_idx on change_log (subject_type, subject_id, changed_at);

-- Swedish full-text search over title, purpose, goal areas and strategies.
-- Snowball's Swedish stemmer alone misses umlaut plurals ("bostäder" → 'bostäd' but "bostad" → 'bost'), so text
-- and queries are folded first (äder → ad, änder → and, ätter → att) and query stems match as prefixes, which also
-- finds compounds ("bostad" finds "bostadsförsörjning").
create function swedish_fold(input text) returns text
    language sql immutable as $$
    select regexp_replace(lower(coalesce(input, '')), 'ä(n?d|tt|t)er(na)?\M', 'a\1', 'g')
$$;

create function swedish_query(input text) returns tsquery
    language sql immutable as $$
    select to_tsquery('simple', regexp_replace(websearch_to_tsquery('swedish', swedish_fold(input))::text,
                                               '''([^'']+)''', '''\1'':*', 'g'))
$$;

create function agreement_search_document(agreement uuid) returns tsvector
    language sql stable as $$
    select setweight(to_tsvector('swedish', swedish_fold(a.title)), 'A')
        || setweight(to_tsvector('swedish', swedish_fold(coalesce(a.purpose, '') || ' ' || coalesce(a.background, ''))), 'C')
        || setweight(to_tsvector('swedish', swedish_fold((select string_agg(g.title || ' ' || coalesce(g.goal, ''), ' ')
                                                          from goal_area g where g.agreement_id = a.id))), 'B')
        || setweight(to_tsvector('swedish', swedish_fold((select string_agg(s.text, ' ')
                                                          from goal_area_strategy s
                                                          join goal_area g on g.id = s.goal_area_id
                                                          where g.agreement_id = a.id))), 'C')
    from agreement a
    where a.id = agreement
$$;
