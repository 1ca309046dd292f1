-- The change feed (GET /api/v1/changes) and the webhooks that push it (issue 16).
--
-- Why not change_log.id as the cursor: a bigserial is taken when a row is inserted, so a transaction that began
-- earlier can commit its lower id after a reader has already passed a higher one, and a consumer that stored the
-- higher cursor would never see the lower change. Instead every change_log row gets its feed position at COMMIT: a
-- deferred row trigger takes one transaction-scoped advisory lock (held until the commit has become visible) and
-- only then draws the position. Positions are therefore handed out in commit order, one committing writer at a time,
-- and a reader that sees position n also sees every committed position below n (PostgreSQL releases the lock after
-- the transaction is visible to new snapshots). A transaction that fails after drawing leaves a gap, never a change
-- that appears later below a cursor. The lock is held only for the commit itself (after all other work is done).
create sequence change_feed_position;

create table change_feed (
    position     bigint      primary key,
    change_id    bigint      not null,
    subject_type varchar(30) not null,
    subject_id   uuid        not null,
    action       varchar(30) not null,
    changed_at   timestamptz not null,
    county_code  varchar(2),
    version      bigint
);
create index change_feed_subject_idx on change_feed (subject_id, position);
create index change_feed_type_idx on change_feed (subject_type, position);

-- The county and current version of a subject of the feed, read at commit; null for a subject that is gone.
create function change_subject_state(kind text, subject uuid, out county varchar(2), out current_version bigint)
    language plpgsql stable as $$
begin
    case kind
        when 'AGREEMENT' then
            select a.county_code, a.version into county, current_version from agreement a where a.id = subject;
        when 'FOLLOW_UP_ROUND' then
            select a.county_code, r.version into county, current_version
              from follow_up_round r join agreement a on a.id = r.agreement_id where r.id = subject;
        when 'FORUM' then
            select f.county_code, f.version into county, current_version from forum f where f.id = subject;
        when 'MEETING' then
            select f.county_code, m.version into county, current_version
              from meeting m join forum f on f.id = m.forum_id where m.id = subject;
        when 'ACTION_ITEM' then
            select f.county_code, i.version into county, current_version
              from action_item i join forum f on f.id = i.forum_id where i.id = subject;
        when 'STATUS_REPORT' then
            select f.county_code, s.version into county, current_version
              from status_report s join forum f on f.id = s.forum_id where s.id = subject;
        when 'ORGANISATION' then
            select o.county_code, o.version into county, current_version from organisation o where o.id = subject;
        when 'FUNDING_PROJECT' then
            select p.county_code, p.version into county, current_version from funding_project p where p.id = subject;
        when 'FUNDING_CALL' then
            select c.county_code, c.version into county, current_version from funding_call c where c.id = subject;
        when 'FUNDING_APPLICATION' then
            select c.county_code, a.version into county, current_version
              from funding_application a join funding_call c on c.id = a.call_id where a.id = subject;
        else
            county := null;
            current_version := null;
    end case;
end
$$;

create function change_feed_append() returns trigger
    language plpgsql as $$
declare
    state record;
    county varchar(2);
begin
    perform pg_advisory_xact_lock(hashtext('change_feed'));
    state := change_subject_state(new.subject_type, new.subject_id);
    county := state.county;
    if county is null then
        -- A deleted subject keeps the county its earlier changes had, so its removal stays within that county.
        select f.county_code into county from change_feed f
         where f.subject_id = new.subject_id and f.county_code is not null order by f.position desc limit 1;
    end if;
    insert into change_feed (position, change_id, subject_type, subject_id, action, changed_at, county_code, version)
    values (nextval('change_feed_position'), new.id, new.subject_type, new.subject_id, new.action, new.changed_at,
            county, state.current_version);
    return null;
end
$$;

create constraint trigger change_log_feed after insert on change_log deferrable initially deferred
    for each row execute function change_feed_append();

-- What already happened before the feed existed, in id order (no writer runs during the migration).
insert into change_feed (position, change_id, subject_type, subject_id, action, changed_at, county_code, version)
select nextval('change_feed_position'), l.id, l.subject_type, l.subject_id, l.action, l.changed_at, s.county, s.current_version
  from (select * from change_log order by id) l
  cross join lateral change_subject_state(l.subject_type, l.subject_id) s
 order by l.id;

-- Webhooks: a service account subscribes to types and counties of the feed; deliveries are pushed, signed.
create table webhook_subscription (
    id                   uuid          primary key,
    client_id            varchar(200)  not null,
    account              varchar(200)  not null,
    organisation_number  varchar(20),
    county_code          varchar(2),
    roles                varchar(500)  not null,
    url                  varchar(2000) not null,
    secret               varchar(100)  not null,
    types                varchar(500)  not null,
    counties             varchar(500)  not null,
    after_position       bigint        not null,
    status               varchar(20)   not null,
    consecutive_failures integer       not null default 0,
    disabled_at          timestamptz,
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(200)  not null,
    constraint webhook_subscription_status check (status in ('ACTIVE', 'DISABLED'))
);
create index webhook_subscription_client_idx on webhook_subscription (client_id);

create table webhook_delivery (
    id              uuid          primary key,
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    position        bigint        not null,
    payload         text          not null,
    status          varchar(20)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(500),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    constraint webhook_delivery_once unique (subscription_id, position),
    constraint webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
