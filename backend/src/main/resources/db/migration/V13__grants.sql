-- Scoped grants (issue 10): Keycloak says who someone is and their base role; a grant says what a person or a
-- service account may do where. Grants are read on every request, so a grant or revocation takes effect on the next
-- request without a new login. A revoked grant is kept (revoked_at/by) so that the audit shows who held what when.
--   COUNTY_COORDINATOR      county_code
--   FEDERATION_COORDINATOR  organisation_id (the federation); its municipalities from federation_municipality
--   LOK_AUTHOR              organisation_id (the party it writes for) and access_grant_municipality
--   FORUM_EDITOR            forum_id
--   STATISTICS_PROVIDER     access_grant_indicator
--   NATIONAL_READER         no scope
-- county_code is the county the grant belongs to (whose coordinator grants and revokes it); null only for a
-- national reader. scope_key names the scope once, so that one active grant per kind, subject and scope is unique.
create table access_grant (
    id              uuid         primary key,
    kind            varchar(30)  not null check (kind in ('COUNTY_COORDINATOR', 'FEDERATION_COORDINATOR',
                        'LOK_AUTHOR', 'FORUM_EDITOR', 'STATISTICS_PROVIDER', 'NATIONAL_READER')),
    subject_type    varchar(20)  not null check (subject_type in ('USER', 'SERVICE_ACCOUNT')),
    -- A person's Keycloak username, or a service account's client id.
    subject         varchar(255) not null,
    subject_user_id varchar(64),
    subject_name    varchar(255),
    county_code     varchar(2)   references county (code),
    organisation_id uuid         references organisation (id) on delete cascade,
    forum_id        uuid         references forum (id) on delete cascade,
    scope_key       varchar(100) not null,
    granted_at      timestamptz  not null,
    granted_by      varchar(200) not null,
    revoked_at      timestamptz,
    revoked_by      varchar(200),
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint access_grant_revoked check ((revoked_at is null) = (revoked_by is null)),
    constraint access_grant_county check ((kind = 'NATIONAL_READER') = (county_code is null)),
    constraint access_grant_organisation check (
        (kind in ('FEDERATION_COORDINATOR', 'LOK_AUTHOR')) = (organisation_id is not null)),
    constraint access_grant_forum check ((kind = 'FORUM_EDITOR') = (forum_id is not null))
);
create unique index access_grant_active_once on access_grant (kind, subject_type, subject, scope_key)
    where revoked_at is null;
create index access_grant_subject_idx on access_grant (subject_type, subject) where revoked_at is null;
create index access_grant_county_idx on access_grant (county_code);

create table access_grant_municipality (
    grant_id          uuid       not null references access_grant (id) on delete cascade,
    municipality_code varchar(4) not null references municipality (code),
    primary key (grant_id, municipality_code)
);

create table access_grant_indicator (
    grant_id     uuid not null references access_grant (id) on delete cascade,
    indicator_id uuid not null references indicator (id) on delete cascade,
    primary key (grant_id, indicator_id)
);

-- The member municipalities of a municipal federation (GR: Göteborgsregionens kommunalförbund). The seeds name the
-- federation but not its members, so every row carries its provenance (external, inferred), never seed fact.
create table federation_municipality (
    federation_id       uuid         not null references organisation (id) on delete cascade,
    municipality_code   varchar(4)   not null references municipality (code),
    provenance_kind     varchar(20)  not null check (provenance_kind in ('SOURCE', 'INFERRED', 'SAMPLE')),
    provenance_source   varchar(500),
    provenance_note     text,
    provenance_inferred text[],
    primary key (federation_id, municipality_code)
);
create index federation_municipality_municipality_idx on federation_municipality (municipality_code);

-- A LÖK's goal area may name the RÖK goal area it answers to, so that LÖK follow-up shows under the RÖK's area.
alter table goal_area add column answers_to_id uuid references goal_area (id) on delete set null;
create index goal_area_answers_to_idx on goal_area (answers_to_id);
