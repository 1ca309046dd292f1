-- Forums (samverkansforum: råd, samråd, nätverk, arbetsgrupper) at four levels, their members, meetings with agenda,
-- minutes and decisions, the action items (uppdrag, medskick) handed out at meetings and raised between levels,
-- and the quarterly status reports (lägesrapporter) compiled from the parties' contributions.

create table forum (
    id                       uuid          primary key,
    name                     varchar(200)  not null,
    kind                     varchar(20)   not null check (kind in ('FORUM', 'NETWORK', 'WORKING_GROUP')),
    level                    varchar(20)   not null check (level in ('NATIONAL', 'REGIONAL', 'SUBREGIONAL', 'LOCAL')),
    county_code              varchar(2)    references county (code),
    convener_organisation_id uuid          references organisation (id),
    chair                    varchar(200),
    description              text,
    meetings_per_year        integer       check (meetings_per_year between 1 and 52),
    invited_as_needed        varchar(2000),
    parent_forum_id          uuid          references forum (id),
    parent_relation          varchar(20)   check (parent_relation in ('PREPARES_FOR', 'REPORTS_TO')),
    ends_on                  date,
    version                  bigint        not null default 0,
    created_at               timestamptz   not null,
    created_by               varchar(200)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(200)  not null,
    -- A national forum (samverkansdelegationen) belongs to no county; every other forum to exactly one.
    constraint forum_county_unless_national check ((level = 'NATIONAL') = (county_code is null)),
    constraint forum_parent_relation check ((parent_forum_id is null) = (parent_relation is null)),
    constraint forum_not_own_parent check (parent_forum_id is null or parent_forum_id <> id),
    constraint forum_end_only_working_group check (ends_on is null or kind = 'WORKING_GROUP'),
    constraint forum_working_group_has_parent check (kind <> 'WORKING_GROUP' or parent_forum_id is not null)
);
create index forum_county_idx on forum (county_code, level);
create index forum_parent_idx on forum (parent_forum_id);

-- Uppdrag: the forum's mandate as ordered points.
create table forum_mandate_point (
    forum_id uuid    not null references forum (id) on delete cascade,
    position integer not null,
    text     text    not null,
    primary key (forum_id, position)
);

-- Syfte: the forum's purposes as ordered points.
create table forum_purpose (
    forum_id uuid    not null references forum (id) on delete cascade,
    position integer not null,
    text     text    not null,
    primary key (forum_id, position)
);

create table forum_agreement (
    forum_id     uuid not null references forum (id) on delete cascade,
    agreement_id uuid not null references agreement (id),
    primary key (forum_id, agreement_id)
);
create index forum_agreement_agreement_idx on forum_agreement (agreement_id);

-- A member organisation, taking part as decision-making managers (chefer) or as experts (sakkunniga), or either
-- when the source does not say.
create table forum_member (
    id              uuid          primary key,
    forum_id        uuid          not null references forum (id) on delete cascade,
    organisation_id uuid          not null references organisation (id),
    role            varchar(10)   check (role in ('MANAGER', 'EXPERT')),
    description     varchar(1000),
    position        integer       not null,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null,
    constraint forum_member_once unique (forum_id, organisation_id)
);
create index forum_member_organisation_idx on forum_member (organisation_id);

create table forum_member_representative (
    member_id  uuid         not null references forum_member (id) on delete cascade,
    position   integer      not null,
    name       varchar(200) not null,
    title      varchar(300),
    substitute boolean      not null default false,
    primary key (member_id, position)
);

-- A meeting is on a date; its times (Swedish local time) are known or not (the seeds often print only the date).
create table meeting (
    id                   uuid          primary key,
    forum_id             uuid          not null references forum (id),
    title                varchar(300),
    meeting_date         date          not null,
    start_time           time,
    end_time             time,
    location             varchar(500),
    online_url           varchar(1000),
    minutes_published_at timestamptz,
    minutes_published_by varchar(200),
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(200)  not null,
    constraint meeting_times check (end_time is null or (start_time is not null and end_time > start_time)),
    constraint meeting_publication check ((minutes_published_at is null) = (minutes_published_by is null))
);
create index meeting_forum_idx on meeting (forum_id, meeting_date);

create table meeting_attendee (
    meeting_id      uuid         not null references meeting (id) on delete cascade,
    position        integer      not null,
    organisation_id uuid         references organisation (id),
    name            varchar(200),
    title           varchar(300),
    primary key (meeting_id, position),
    constraint meeting_attendee_someone check (organisation_id is not null or name is not null)
);

create table agenda_item (
    id           uuid         primary key,
    meeting_id   uuid         not null references meeting (id) on delete cascade,
    position     integer      not null,
    title        varchar(500) not null,
    kind         varchar(30)  not null check (kind in ('STATUS_REPORT', 'SUBREGIONAL_INPUT', 'PRESENTATION', 'DEEP_DIVE',
                                                      'DECISION', 'STANDING_FOLLOW_UP', 'OTHER')),
    description  text,
    presenter    varchar(300),
    agreement_id uuid         references agreement (id),
    goal_area_id uuid         references goal_area (id),
    minutes      text,
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null
);
create index agenda_item_meeting_idx on agenda_item (meeting_id, position);

create table decision (
    id             uuid         primary key,
    agenda_item_id uuid         not null references agenda_item (id) on delete cascade,
    position       integer      not null,
    text           text         not null,
    outcome        varchar(20)  not null check (outcome in ('ADOPTED', 'REJECTED', 'NOTED')),
    subject        varchar(30)  not null check (subject in ('OTHER', 'YEARLY_PRIORITY', 'STRATEGY', 'AGREEMENT', 'FOLLOW_UP')),
    agreement_id   uuid         references agreement (id),
    goal_area_id   uuid         references goal_area (id),
    year           integer      check (year between 1990 and 2100),
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null
);
create index decision_agenda_item_idx on decision (agenda_item_id);

-- Uppdrag and medskick: handed out at a meeting's agenda item, or raised from another forum's item (escalation).
create table action_item (
    id                    uuid          primary key,
    forum_id              uuid          not null references forum (id),
    meeting_id            uuid          references meeting (id),
    agenda_item_id        uuid          references agenda_item (id),
    title                 varchar(300)  not null,
    description           text,
    owner_organisation_id uuid          not null references organisation (id),
    owner_person          varchar(200),
    due_on                date,
    status                varchar(20)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    status_note           varchar(2000),
    closed_at             timestamptz,
    assignee_forum_id     uuid          references forum (id),
    raised_from_id        uuid          references action_item (id),
    version               bigint        not null default 0,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null,
    constraint action_item_origin check ((meeting_id is null) = (agenda_item_id is null)
                                         and (meeting_id is not null or raised_from_id is not null)),
    constraint action_item_closed check ((status in ('DONE', 'CANCELLED')) = (closed_at is not null)),
    constraint action_item_raised_once unique (raised_from_id, forum_id)
);
create index action_item_forum_idx on action_item (forum_id, status);
create index action_item_meeting_idx on action_item (meeting_id);
create index action_item_owner_idx on action_item (owner_organisation_id, status);
create index action_item_raised_from_idx on action_item (raised_from_id);

-- Lägesrapport: one per forum and quarter, compiled from the invited organisations' contributions per theme.
create table status_report (
    id             uuid         primary key,
    forum_id       uuid         not null references forum (id),
    year           integer      not null check (year between 1990 and 2100),
    quarter        integer      not null check (quarter between 1 and 4),
    title          varchar(300) not null,
    due_on         date,
    status         varchar(20)  not null check (status in ('OPEN', 'COMPILED', 'PUBLISHED')),
    compiled_text  text,
    compiled_at    timestamptz,
    compiled_by    varchar(200),
    published_at   timestamptz,
    published_by   varchar(200),
    agenda_item_id uuid         unique references agenda_item (id),
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    constraint status_report_quarter_once unique (forum_id, year, quarter),
    constraint status_report_published_linked check (status <> 'PUBLISHED' or agenda_item_id is not null)
);

create table status_report_theme (
    report_id uuid         not null references status_report (id) on delete cascade,
    position  integer      not null,
    text      varchar(200) not null,
    primary key (report_id, position)
);

-- An invited organisation and its contribution (inrapportering), which it submits and may replace while the report is open.
create table status_report_invitation (
    id              uuid         primary key,
    report_id       uuid         not null references status_report (id) on delete cascade,
    organisation_id uuid         not null references organisation (id),
    submitted_at    timestamptz,
    submitted_by    varchar(200),
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint status_report_invitation_once unique (report_id, organisation_id)
);
create index status_report_invitation_organisation_idx on status_report_invitation (organisation_id);

create table status_report_contribution_entry (
    invitation_id uuid         not null references status_report_invitation (id) on delete cascade,
    position      integer      not null,
    theme         varchar(200) not null,
    text          text         not null,
    primary key (invitation_id, position)
);
