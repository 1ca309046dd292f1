-- Issue 11: notifications, reminders and e-mail.

-- Users mirrored from Keycloak (admin REST API, view-users only), so that someone who never logged in is reachable.
create table directory_user (
    id                  varchar(64)  primary key,
    username            varchar(200) not null unique,
    email               varchar(320),
    display_name        varchar(400),
    organisation_number varchar(10),
    county_code         varchar(2),
    coordinator         boolean      not null default false,
    locale              varchar(5)   not null default 'sv' check (locale in ('sv', 'en')),
    enabled             boolean      not null,
    synced_at           timestamptz  not null
);
create index directory_user_organisation on directory_user (organisation_number);
create index directory_user_county on directory_user (county_code) where coordinator;

-- The in-app notification centre: one row per recipient and event, written in the transaction of the change.
create table notification (
    id           uuid         primary key,
    recipient    varchar(200) not null,
    event        varchar(40)  not null,
    category     varchar(20)  not null check (category in ('FOLLOW_UP', 'STATUS_REPORT', 'MEETING', 'ACTION_ITEM', 'AGREEMENT')),
    subject_type varchar(20)  not null,
    subject_id   uuid         not null,
    county_code  varchar(2),
    params       jsonb        not null,
    link         varchar(500) not null,
    created_at   timestamptz  not null,
    read_at      timestamptz
);
create index notification_recipient on notification (recipient, created_at desc);
create index notification_unread on notification (recipient) where read_at is null;

-- The mail outbox: written in the same transaction as the notification; the dispatcher claims due rows with
-- FOR UPDATE SKIP LOCKED (several API instances never claim the same row), sends, and marks them sent.
create table mail_outbox (
    id                 bigserial     primary key,
    notification_id    uuid          references notification (id) on delete cascade,
    recipient_email    varchar(320)  not null,
    recipient_username varchar(200),
    subscription_id    uuid,
    locale             varchar(5)    not null,
    category           varchar(20)   not null,
    event              varchar(40)   not null,
    params             jsonb         not null,
    link               varchar(500)  not null,
    calendar           text,
    digest             varchar(10)   not null default 'NONE' check (digest in ('NONE', 'DAILY', 'WEEKLY')),
    status             varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts           integer       not null default 0,
    due_at             timestamptz   not null,
    locked_until       timestamptz,
    last_error         varchar(1000),
    sent_at            timestamptz,
    created_at         timestamptz   not null
);
create index mail_outbox_due on mail_outbox (due_at, id) where status = 'PENDING';

-- How a user wants each category: at once, in a daily or weekly digest (one mail), or not by mail.
create table notification_preference (
    username  varchar(200) not null,
    category  varchar(20)  not null check (category in ('FOLLOW_UP', 'STATUS_REPORT', 'MEETING', 'ACTION_ITEM', 'AGREEMENT')),
    frequency varchar(12)  not null check (frequency in ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF')),
    updated_at timestamptz not null,
    primary key (username, category)
);

-- A signed-in user follows an agreement, a forum or an action item.
create table follow (
    username     varchar(200) not null,
    subject_type varchar(20)  not null check (subject_type in ('AGREEMENT', 'FORUM', 'ACTION_ITEM')),
    subject_id   uuid         not null,
    created_at   timestamptz  not null,
    primary key (username, subject_type, subject_id)
);
create index follow_subject on follow (subject_type, subject_id);

-- The public follows a forum's published minutes by e-mail, after confirming the address (double opt-in).
create table public_subscription (
    id           uuid         primary key,
    email        varchar(320) not null,
    forum_id     uuid         not null references forum (id) on delete cascade,
    locale       varchar(5)   not null default 'sv' check (locale in ('sv', 'en')),
    confirmed_at timestamptz,
    created_at   timestamptz  not null,
    constraint public_subscription_once unique (email, forum_id)
);

-- Each scheduled reminder (deadline in 7 days, in 1 day, overdue) is sent once: its key is inserted once.
create table reminder_sent (
    reminder_key varchar(200) primary key,
    created_at   timestamptz  not null
);
