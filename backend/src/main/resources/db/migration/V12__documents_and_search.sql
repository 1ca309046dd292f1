-- Documents and links attached to agreements, meetings, agenda items, status reports and follow-up rounds; their
-- file versions (kept forever: a new version supersedes, never replaces); the bytes in PostgreSQL so that several API
-- instances share them and backups hold them. Case numbers (diarienummer) on agreements and decisions.

alter table agreement add column case_number varchar(40);
alter table decision add column case_number varchar(40);

create table document (
    id              uuid          primary key,
    owner_type      varchar(30)   not null
        check (owner_type in ('AGREEMENT', 'MEETING', 'AGENDA_ITEM', 'STATUS_REPORT', 'FOLLOW_UP_ROUND')),
    -- The owner lives in another feature's table; its feature decides who sees it, so no foreign key here.
    owner_id        uuid          not null,
    county_code     varchar(2)    references county (code),
    type            varchar(10)   not null check (type in ('FILE', 'LINK')),
    title           varchar(300)  not null,
    kind            varchar(30)   not null,
    language        varchar(2)    not null,
    visibility      varchar(10)   not null check (visibility in ('PUBLIC', 'INTERNAL')),
    url             varchar(2000),
    current_version integer       not null default 0,
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null,
    constraint document_link_has_url check ((type = 'LINK') = (url is not null)),
    constraint document_file_has_version check (type = 'LINK' or current_version >= 1)
);
create index document_owner_idx on document (owner_type, owner_id);

create table document_version (
    id            uuid          primary key,
    document_id   uuid          not null references document (id),
    number        integer       not null,
    file_name     varchar(255)  not null,
    media_type    varchar(120)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    blob_id       uuid          not null,
    -- Text extracted from PDFs, searched with the same Swedish folding as agreements.
    text_content  text,
    search_vector tsvector,
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null,
    constraint document_version_number_once unique (document_id, number)
);
create index document_version_search_idx on document_version using gin (search_vector);

-- The bytes of stored files in chunks, so that neither writing nor reading ever needs a whole file in memory.
create table stored_blob_chunk (
    blob_id  uuid     not null,
    seq      integer  not null,
    data     bytea    not null,
    primary key (blob_id, seq)
);
