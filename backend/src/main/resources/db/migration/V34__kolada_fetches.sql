-- Kolada (issue 16): every fetch of a Kolada indicator's values, by hand or on the nightly schedule, with what came
-- back and how it ended, so a coordinator sees when the numbers were last refreshed and why a fetch failed.
create table kolada_fetch (
    id              uuid         primary key,
    indicator_id    uuid         not null references indicator (id) on delete cascade,
    kpi             varchar(10)  not null,
    trigger         varchar(20)  not null check (trigger in ('MANUAL', 'SCHEDULED')),
    requested_by    varchar(200) not null,
    started_at      timestamptz  not null,
    finished_at     timestamptz  not null,
    outcome         varchar(20)  not null check (outcome in ('SUCCEEDED', 'FAILED')),
    pages           integer      not null default 0,
    rows_received   integer      not null default 0,
    values_stored   integer      not null default 0,
    error           varchar(30)  check (error in ('UNREACHABLE', 'TIMEOUT', 'HTTP_STATUS', 'INVALID_RESPONSE',
                                                  'INDICATOR_CHANGED')),
    http_status     integer,
    check ((outcome = 'FAILED') = (error is not null))
);
create index kolada_fetch_of_indicator on kolada_fetch (indicator_id, started_at desc);
