-- Results reports (resultatredovisningar, issue 16): every year each county board reports to the ministry, one part
-- per assignment with its assessment, success factors and areas to develop; drafted and approved by the county. The
-- national compilation of a year sets the approved parts side by side, with the national summary where one is held.

create table results_report (
    id                  uuid         primary key,
    county_code         varchar(2)   not null references county (code),
    year                integer      not null check (year between 2000 and 2100),
    status              varchar(20)  not null check (status in ('DRAFT', 'APPROVED')),
    approved_at         timestamptz,
    approved_by         varchar(200),
    version             bigint       not null default 0,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    provenance_kind     varchar(20)  check (provenance_kind in ('SOURCE', 'INFERRED', 'SAMPLE')),
    provenance_source   varchar(500),
    provenance_note     text,
    provenance_inferred text[],
    constraint results_report_once unique (county_code, year),
    constraint results_report_approval check ((status = 'APPROVED') = (approved_at is not null)),
    constraint results_report_provenance check (provenance_kind is not null
        or (provenance_source is null and provenance_note is null and provenance_inferred is null))
);
create index results_report_year_idx on results_report (year, status);

-- One row per assignment the county has written about; the assignments are the product's fixed list.
create table results_report_part (
    report_id        uuid        not null references results_report (id) on delete cascade,
    assignment       varchar(40) not null,
    assessment       text,
    success_factors  text,
    areas_to_develop text,
    primary key (report_id, assignment)
);

-- The national summary of a year (the ministry's compilation as published), read-only: loaded from documents.
create table national_results (
    year                integer      primary key check (year between 2000 and 2100),
    title               varchar(300) not null,
    introduction        text,
    provenance_kind     varchar(20)  check (provenance_kind in ('SOURCE', 'INFERRED', 'SAMPLE')),
    provenance_source   varchar(500),
    provenance_note     text,
    provenance_inferred text[]
);

create table national_results_part (
    year                integer     not null references national_results (year) on delete cascade,
    assignment          varchar(40) not null,
    summary             text        not null,
    provenance_kind     varchar(20) check (provenance_kind in ('SOURCE', 'INFERRED', 'SAMPLE')),
    provenance_source   varchar(500),
    provenance_note     text,
    provenance_inferred text[],
    primary key (year, assignment)
);
