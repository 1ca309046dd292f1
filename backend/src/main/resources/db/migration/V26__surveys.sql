-- Surveys (lägesbild, issue 12): a county's (or the nation's) yearly questions to its municipalities, in ordered
-- themes; the organisations asked; one answer per organisation; the coordinator's summary per theme ("Läget").
-- A question's key is its identity across years: a copy keeps it, so the same statement compares year on year.

create function pg_temp.survey_audit(target text) returns void language plpgsql as $$
begin
    execute format('alter table %I add column version bigint not null default 0', target);
    execute format('alter table %I add column created_at timestamptz not null', target);
    execute format('alter table %I add column created_by varchar(200) not null', target);
    execute format('alter table %I add column updated_at timestamptz not null', target);
    execute format('alter table %I add column updated_by varchar(200) not null', target);
    execute format('alter table %I add column provenance_kind varchar(20) '
                   || 'check (provenance_kind in (''SOURCE'', ''INFERRED'', ''SAMPLE''))', target);
    execute format('alter table %I add column provenance_source varchar(500)', target);
    execute format('alter table %I add column provenance_note text', target);
    execute format('alter table %I add column provenance_inferred text[]', target);
    execute format('alter table %I add constraint %I check (provenance_kind is not null or (provenance_source is null '
                   || 'and provenance_note is null and provenance_inferred is null))', target, target || '_provenance');
end
$$;

create table survey (
    id             uuid         primary key,
    -- null: a national survey (all municipalities; each county coordinator follows their own)
    county_code    varchar(2)   references county (code),
    title          varchar(300) not null,
    year           integer      not null check (year between 2000 and 2100),
    opens_on       date         not null,
    closes_on      date         not null,
    introduction   text,
    include_region boolean      not null default false,
    status         varchar(20)  not null check (status in ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED')),
    copied_from_id uuid         references survey (id) on delete set null,
    published_at   timestamptz,
    constraint survey_period check (closes_on >= opens_on)
);
select pg_temp.survey_audit('survey');
create index survey_county_idx on survey (county_code, year);

create table survey_theme (
    id        uuid         primary key,
    survey_id uuid         not null references survey (id) on delete cascade,
    position  integer      not null,
    title     varchar(300) not null,
    -- the coordinator's "Läget" for the theme, shown with the results and published with them
    summary   text
);
create index survey_theme_survey_idx on survey_theme (survey_id);

create table survey_question (
    id            uuid          primary key,
    survey_id     uuid          not null references survey (id) on delete cascade,
    theme_id      uuid          not null references survey_theme (id) on delete cascade,
    position      integer       not null,
    question_key  uuid          not null,
    kind          varchar(20)   not null check (kind in ('STATEMENT', 'TEXT', 'NUMBER', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE')),
    text          text          not null,
    help          text,
    required      boolean       not null default false,
    comment_mode  varchar(20)   not null default 'NONE' check (comment_mode in ('NONE', 'OPTIONAL', 'REQUIRED')),
    unit          varchar(50),
    min_value     numeric(14,2),
    max_value     numeric(14,2),
    gender_split  boolean       not null default false,
    options       text[],
    constraint survey_question_key_once unique (survey_id, question_key),
    constraint survey_question_bounds check (min_value is null or max_value is null or max_value >= min_value)
);
create index survey_question_theme_idx on survey_question (theme_id);

create table survey_recipient (
    survey_id       uuid not null references survey (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    primary key (survey_id, organisation_id)
);
create index survey_recipient_organisation_idx on survey_recipient (organisation_id);

create table survey_answer (
    id              uuid         primary key,
    survey_id       uuid         not null references survey (id) on delete cascade,
    organisation_id uuid         not null references organisation (id),
    status          varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED')),
    submitted_at    timestamptz,
    submitted_by    varchar(200),
    constraint survey_answer_once unique (survey_id, organisation_id)
);
select pg_temp.survey_audit('survey_answer');
create index survey_answer_organisation_idx on survey_answer (organisation_id);

create table survey_answer_item (
    answer_id           uuid          not null references survey_answer (id) on delete cascade,
    question_id         uuid          not null references survey_question (id) on delete cascade,
    agreement           varchar(20)   check (agreement in
                            ('AGREE_FULLY', 'AGREE_PARTLY', 'AGREE_LITTLE', 'DISAGREE', 'NOT_APPLICABLE')),
    comment             text,
    comment_publishable boolean       not null default false,
    text_value          text,
    number_value        numeric(14,2),
    women               numeric(14,2),
    men                 numeric(14,2),
    options             text[],
    primary key (answer_id, question_id)
);
create index survey_answer_item_question_idx on survey_answer_item (question_id);
