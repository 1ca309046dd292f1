-- Provenance (issue 19): where a record's values come from. Demo data is read as document fact, so every demo
-- record names its source (the seed file in docs/sources and the section) or says that it is inferred or sample
-- data; records entered through the API have no provenance (all columns null).
--   kind     SOURCE (as the source says it), INFERRED (some values are not in the source: see inferred), SAMPLE
--   source   the document and section, e.g. "vastmanland-rok-2016-2020.txt, 3.2 Hälsa"
--   note     what is inferred or missing and why
--   inferred the names of the fields (as in the API) whose values are inferred

create function pg_temp.add_provenance(target text) returns void language plpgsql as $$
begin
    execute format('alter table %I add column provenance_kind varchar(20) '
                   || 'check (provenance_kind in (''SOURCE'', ''INFERRED'', ''SAMPLE''))', target);
    execute format('alter table %I add column provenance_source varchar(500)', target);
    execute format('alter table %I add column provenance_note text', target);
    execute format('alter table %I add column provenance_inferred text[]', target);
    execute format('alter table %I add constraint %I check (provenance_kind is not null or (provenance_source is null '
                   || 'and provenance_note is null and provenance_inferred is null))', target, target || '_provenance');
end
$$;

select pg_temp.add_provenance(t) from unnest(array['agreement', 'agreement_party', 'goal_area', 'responsibility',
    'yearly_priority', 'follow_up_round', 'assessment', 'forum', 'forum_member', 'meeting', 'action_item']) as t;

-- A responsibility at a level the agreement does not state ("Ansvariga parter: Arbetsförmedlingen, kommunerna,
-- Landstinget"); a collective party that is no single organisation ("Övriga parter: civilsamhället"); and a
-- qualifier saying through what a party takes part ("VKL genom projekt Bosättning Västmanland (§37) 2016").
alter table responsibility alter column level drop not null;
alter table responsibility add column collective_party varchar(200);
alter table responsibility add column qualifier varchar(500);
alter table responsibility drop constraint responsibility_one_subject;
alter table responsibility add constraint responsibility_one_subject
    check ((organisation_id is not null)::int + all_other_signatories::int + (collective_party is not null)::int = 1);

-- A monitored area ("Vi kommer även att fortsätta följa den statliga närvaron …"): followed up and given a yearly
-- focus like a goal area, but not one of the document's numbered areas.
alter table goal_area add column kind varchar(20) not null default 'GOAL_AREA'
    check (kind in ('GOAL_AREA', 'MONITORED_AREA'));
alter table goal_area alter column number drop not null;
alter table goal_area add constraint goal_area_numbered check ((kind = 'GOAL_AREA') = (number is not null));

-- A forum member that is a collective ("länsstyrelserna") rather than one organisation.
alter table forum_member alter column organisation_id drop not null;
alter table forum_member add column collective_name varchar(200);
alter table forum_member add constraint forum_member_one_subject
    check ((organisation_id is null) <> (collective_name is null));
alter table forum_member add constraint forum_member_collective_once unique (forum_id, collective_name);

-- The municipalities a sub-regional or local forum covers.
create table forum_municipality (
    forum_id          uuid       not null references forum (id) on delete cascade,
    municipality_code varchar(4) not null references municipality (code),
    primary key (forum_id, municipality_code)
);
create index forum_municipality_municipality_idx on forum_municipality (municipality_code);
