-- Reference data: Sweden's counties (län) and municipalities (kommuner) with their official codes.
-- Rows are loaded from reference/*.csv at start-up (ReferenceDataLoader), so the CSVs stay the one source.
create table county (
    code varchar(2)   primary key check (code ~ '^[0-9]{2}$'),
    name varchar(100) not null
);

create table municipality (
    code        varchar(4)   primary key check (code ~ '^[0-9]{4}$'),
    name        varchar(100) not null,
    county_code varchar(2)   not null references county (code)
);
create index municipality_county_idx on municipality (county_code);

-- Parties (parter, aktörer): municipalities, agencies and their regional offices, regions, federations …
create table organisation (
    id                  uuid         primary key,
    name                varchar(200) not null,
    type                varchar(40)  not null check (type in (
                            'COUNTY_ADMINISTRATIVE_BOARD', 'MUNICIPALITY', 'REGION', 'STATE_AGENCY',
                            'MUNICIPAL_FEDERATION', 'COORDINATION_ASSOCIATION', 'CIVIL_SOCIETY',
                            'BUSINESS', 'ACADEMIA', 'OTHER')),
    organisation_number varchar(10)  unique check (organisation_number ~ '^[0-9]{10}$'),
    county_code         varchar(2)   references county (code),
    municipality_code   varchar(4)   references municipality (code),
    parent_id           uuid         references organisation (id),
    website             varchar(500),
    mandate             text,
    version             bigint       not null default 0,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    constraint organisation_municipality_required
        check (type <> 'MUNICIPALITY' or municipality_code is not null),
    constraint organisation_not_own_parent check (parent_id is null or parent_id <> id)
);
create index organisation_county_idx on organisation (county_code);
create index organisation_type_idx on organisation (type);
create index organisation_parent_idx on organisation (parent_id);
create index organisation_name_idx on organisation (lower(name));
