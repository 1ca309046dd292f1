-- Benchmark data at national scale, for `make bench` only: never demo data, never loaded by the API itself.
-- Every row is marked: organisation names start with "Bänk", titles and texts with "[benchmark]", actors are
-- "benchmark-data", indicators and values have sample = true.
--
-- Runs against a database the API has just migrated (Flyway) and filled with the reference data (counties,
-- municipalities). It keeps the rules the API checks on writes, so the reads see data the API could have made:
--   * every county has one adopted RÖK (REGIONAL, no municipality) with all its municipalities and seven regional
--     actors as parties (Västra Götaland: 49 + 7 = 56), nine goal areas numbered 1..9, responsibilities naming parties
--     of the agreement, and one "all other signatories" row per goal area;
--   * every municipality has one adopted LÖK (LOCAL, its own municipality in the RÖK's county, parent = the RÖK);
--   * at least two parties and one goal area before adoption; periods with last_year >= first_year;
--   * ten indicators per RÖK (nine on a goal area, one agreement-wide), municipality scope with a gender breakdown:
--     ten years (2015-2024) × the county's municipalities × WOMEN/MEN/TOTAL (87,000 values in all);
--   * per RÖK an APPROVED round for 2024 (every assessment ACCEPTED, as compile requires) and an OPEN round for 2025
--     (tasks in every state), one assessment per goal area and responsible organisation;
--   * per county a regional forum convened by the county administrative board, two working groups under it,
--     twelve meetings (minutes published for the past ones) with agenda items and decisions, and action items
--     handed out at agenda items of the forum's meetings (owner: a member organisation).
-- Ids are md5-derived, so a rerun on a fresh database gives the same ids.

begin;

create temporary table bench_county as
select c.code, c.name, row_number() over (order by c.code) as n,
       (select count(*) from municipality m where m.county_code = c.code) as municipalities
from county c;

-- ---- organisations: 290 municipalities + 8 per county + 2 national = 460 ------------------------------------
insert into organisation (id, name, type, county_code, municipality_code, version, created_at, created_by, updated_at, updated_by)
select md5('bench:org:mun:' || m.code)::uuid, 'Bänk ' || m.name || ' kommun', 'MUNICIPALITY', m.county_code, m.code,
       0, now(), 'benchmark-data', now(), 'benchmark-data'
from municipality m;

insert into organisation (id, name, type, county_code, version, created_at, created_by, updated_at, updated_by)
select md5('bench:org:' || r.key || ':' || c.code)::uuid, 'Bänk ' || r.label || ' ' || c.name, r.type, c.code,
       0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c
cross join (values ('lst', 'Länsstyrelsen i', 'COUNTY_ADMINISTRATIVE_BOARD'),
                   ('region', 'Region', 'REGION'),
                   ('af', 'Arbetsförmedlingen', 'STATE_AGENCY'),
                   ('fk', 'Försäkringskassan', 'STATE_AGENCY'),
                   ('mv', 'Migrationsverket', 'STATE_AGENCY'),
                   ('skv', 'Skatteverket', 'STATE_AGENCY'),
                   ('fb', 'Folkbildningsförbundet', 'CIVIL_SOCIETY'),
                   ('uni', 'Lärosätet', 'ACADEMIA')) as r(key, label, type);

insert into organisation (id, name, type, version, created_at, created_by, updated_at, updated_by)
values (md5('bench:org:national:1')::uuid, 'Bänk Nationell myndighet 1', 'STATE_AGENCY', 0, now(), 'benchmark-data', now(), 'benchmark-data'),
       (md5('bench:org:national:2')::uuid, 'Bänk Nationell myndighet 2', 'STATE_AGENCY', 0, now(), 'benchmark-data', now(), 'benchmark-data');

-- ---- RÖK per county ------------------------------------------------------------------------------------
insert into agreement (id, kind, title, county_code, first_year, last_year, purpose, background, status, adopted_on,
                       version, created_at, created_by, updated_at, updated_by)
select md5('bench:rok:' || c.code)::uuid, 'REGIONAL',
       '[benchmark] Regional överenskommelse om nyanländas etablering i ' || c.name, c.code, 2024, 2027,
       '[benchmark] Syftet är att samordna insatser för nyanlända: arbete, utbildning, bostäder och hälsa.',
       '[benchmark] Bakgrund: länets aktörer har samverkat sedan 2010 om mottagande och etablering.',
       'ADOPTED', date '2024-01-15', 1, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c;

insert into agreement_target_group (agreement_id, target_group)
select md5('bench:rok:' || c.code)::uuid, g
from bench_county c cross join (values ('NEWLY_ARRIVED'), ('UNACCOMPANIED_MINORS'), ('FOREIGN_BORN')) t(g);

insert into agreement_legal_reference (agreement_id, position, sfs_number, title)
select md5('bench:rok:' || c.code)::uuid, 0, '2017:584', 'Lag om ansvar för etableringsinsatser'
from bench_county c;

-- parties: the municipalities, then the eight regional actors except academia (seven)
insert into agreement_party (id, agreement_id, organisation_id, role, signed_on, position, version, created_at, created_by, updated_at, updated_by)
select md5('bench:rok-party:' || m.code)::uuid, md5('bench:rok:' || m.county_code)::uuid, md5('bench:org:mun:' || m.code)::uuid,
       'SIGNATORY', date '2024-01-10', (row_number() over (partition by m.county_code order by m.code))::int - 1,
       0, now(), 'benchmark-data', now(), 'benchmark-data'
from municipality m;

insert into agreement_party (id, agreement_id, organisation_id, role, signed_on, position, version, created_at, created_by, updated_at, updated_by)
select md5('bench:rok-party:' || r.key || ':' || c.code)::uuid, md5('bench:rok:' || c.code)::uuid,
       md5('bench:org:' || r.key || ':' || c.code)::uuid, case when r.key = 'lst' then 'CONVENER' else 'SIGNATORY' end,
       date '2024-01-10', c.municipalities::int + r.n, 0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c
cross join (values ('lst', 0), ('region', 1), ('af', 2), ('fk', 3), ('mv', 4), ('skv', 5), ('fb', 6)) as r(key, n);

insert into agreement_party_signatory (party_id, position, name, title)
select p.id, 0, 'Bänk Undertecknare ' || p.position, 'Bänk Ordförande'
from agreement_party p where p.created_by = 'benchmark-data';

-- nine goal areas per RÖK
insert into goal_area (id, agreement_id, number, title, goal, version, created_at, created_by, updated_at, updated_by)
select md5('bench:goal:' || c.code || ':' || g)::uuid, md5('bench:rok:' || c.code)::uuid, g::text,
       '[benchmark] ' || (array['Arbete och försörjning', 'Utbildning', 'Bostäder och boende', 'Hälsa', 'Barn och unga',
                                'Samhällsorientering', 'Civilsamhälle', 'Språk', 'Uppföljning'])[g],
       '[benchmark] Målet är att fler nyanlända kommer i arbete och egen bostad inom två år.',
       0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join generate_series(1, 9) g;

insert into goal_area_strategy (goal_area_id, position, text)
select md5('bench:goal:' || c.code || ':' || g)::uuid, s - 1, '[benchmark] Strategi ' || s || ': samordna insatser för bostäder och arbete'
from bench_county c cross join generate_series(1, 9) g cross join generate_series(1, 3) s;

insert into goal_area_target_group (goal_area_id, target_group)
select md5('bench:goal:' || c.code || ':' || g)::uuid, 'NEWLY_ARRIVED'
from bench_county c cross join generate_series(1, 9) g;

-- responsibilities: the county administrative board and the region answer, two agencies take part, and "all other
-- signatories" (resolved to the parties when read)
insert into responsibility (id, goal_area_id, organisation_id, all_other_signatories, kind, level, version, created_at, created_by, updated_at, updated_by)
select md5('bench:resp:' || c.code || ':' || g || ':' || r.key)::uuid, md5('bench:goal:' || c.code || ':' || g)::uuid,
       case when r.key = 'all' then null else md5('bench:org:' || r.key || ':' || c.code)::uuid end, r.key = 'all',
       r.kind, r.level, 0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join generate_series(1, 9) g
cross join (values ('lst', 'RESPONSIBLE', 'REGIONAL'), ('region', 'RESPONSIBLE', 'REGIONAL'), ('af', 'OTHER', 'REGIONAL'),
                   ('fk', 'OTHER', 'REGIONAL'), ('all', 'OTHER', 'LOCAL')) as r(key, kind, level);

-- RECORDED: decided outside the system, as the printed agreement says (DECIDED needs a decision of a meeting, V28)
insert into yearly_priority (id, goal_area_id, year, status, decided_by, decided_on, version, created_at, created_by, updated_at, updated_by)
select md5('bench:prio:' || c.code || ':' || g || ':' || y)::uuid, md5('bench:goal:' || c.code || ':' || g)::uuid, y,
       'RECORDED', 'Bänk Regionalt råd', make_date(y, 2, 1), 0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join generate_series(1, 9) g cross join generate_series(2024, 2025) y;

insert into yearly_priority_point (priority_id, position, text)
select md5('bench:prio:' || c.code || ':' || g || ':' || y)::uuid, p - 1, '[benchmark] Fokus ' || p || ' under ' || y
from bench_county c cross join generate_series(1, 9) g cross join generate_series(2024, 2025) y cross join generate_series(1, 3) p;

-- ---- LÖK per municipality, under its county's RÖK -----------------------------------------------------------
insert into agreement (id, kind, title, county_code, municipality_code, first_year, last_year, purpose, status, adopted_on,
                       parent_agreement_id, version, created_at, created_by, updated_at, updated_by)
select md5('bench:lok:' || m.code)::uuid, 'LOCAL', '[benchmark] Lokal överenskommelse ' || m.name, m.county_code, m.code,
       2024, 2027, '[benchmark] Lokal samverkan om etablering, arbete och bostäder i ' || m.name, 'ADOPTED', date '2024-03-01',
       md5('bench:rok:' || m.county_code)::uuid, 1, now(), 'benchmark-data', now(), 'benchmark-data'
from municipality m;

insert into agreement_party (id, agreement_id, organisation_id, role, signed_on, position, version, created_at, created_by, updated_at, updated_by)
select md5('bench:lok-party:' || m.code || ':' || r.key)::uuid, md5('bench:lok:' || m.code)::uuid,
       case when r.key = 'mun' then md5('bench:org:mun:' || m.code)::uuid else md5('bench:org:' || r.key || ':' || m.county_code)::uuid end,
       'SIGNATORY', date '2024-02-20', r.n, 0, now(), 'benchmark-data', now(), 'benchmark-data'
from municipality m cross join (values ('mun', 0), ('af', 1), ('fk', 2)) as r(key, n);

insert into goal_area (id, agreement_id, number, title, goal, version, created_at, created_by, updated_at, updated_by)
select md5('bench:lok-goal:' || m.code || ':' || g)::uuid, md5('bench:lok:' || m.code)::uuid, g::text,
       '[benchmark] Lokalt målområde ' || g, '[benchmark] Fler i arbete', 0, now(), 'benchmark-data', now(), 'benchmark-data'
from municipality m cross join generate_series(1, 3) g;

insert into responsibility (id, goal_area_id, organisation_id, all_other_signatories, kind, level, version, created_at, created_by, updated_at, updated_by)
select md5('bench:lok-resp:' || m.code || ':' || g)::uuid, md5('bench:lok-goal:' || m.code || ':' || g)::uuid,
       md5('bench:org:mun:' || m.code)::uuid, false, 'RESPONSIBLE', 'LOCAL', 0, now(), 'benchmark-data', now(), 'benchmark-data'
from municipality m cross join generate_series(1, 3) g;

update agreement set search_document = agreement_search_document(id) where created_by = 'benchmark-data';

-- ---- indicators and 87,000 values -----------------------------------------------------------------------
insert into indicator (id, agreement_id, goal_area_id, name, description, unit, direction, scope, gender_breakdown, source,
                       baseline_year, baseline_value, sample, version, created_at, created_by, updated_at, updated_by)
select md5('bench:ind:' || c.code || ':' || i)::uuid, md5('bench:rok:' || c.code)::uuid,
       case when i <= 9 then md5('bench:goal:' || c.code || ':' || i)::uuid end,
       '[benchmark] Indikator ' || i, '[benchmark] Andel nyanlända i arbete eller studier', 'procent',
       case when i % 3 = 0 then 'LOWER_IS_BETTER' else 'HIGHER_IS_BETTER' end, 'MUNICIPALITY', true, 'MANUAL',
       2015, 40, true, 0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join generate_series(1, 10) i;

insert into indicator_target (indicator_id, year, value)
select md5('bench:ind:' || c.code || ':' || i)::uuid, y, 50 + (y - 2020) * 2
from bench_county c cross join generate_series(1, 10) i cross join generate_series(2020, 2027) y;

insert into indicator_value (id, indicator_id, year, municipality_code, gender, value, sample, recorded_at, recorded_by)
select md5('bench:val:' || m.code || ':' || i || ':' || y || ':' || gd)::uuid, md5('bench:ind:' || m.county_code || ':' || i)::uuid,
       y, m.code, gd, round((30 + (y - 2015) * 1.5 + (hashtext(m.code || i || gd) % 100) / 10.0)::numeric, 1), true,
       now(), 'benchmark-data'
from municipality m cross join generate_series(1, 10) i cross join generate_series(2015, 2024) y
cross join (values ('WOMEN'), ('MEN'), ('TOTAL')) as g(gd);

-- ---- follow-up rounds: 2024 approved, 2025 open -----------------------------------------------------------
insert into follow_up_round (id, agreement_id, year, deadline, status, summary, compiled_at, compiled_by, approved_by, approved_on,
                             version, created_at, created_by, updated_at, updated_by)
select md5('bench:round:' || c.code || ':' || y)::uuid, md5('bench:rok:' || c.code)::uuid, y, make_date(y + 1, 2, 28),
       case when y = 2024 then 'APPROVED' else 'OPEN' end,
       case when y = 2024 then '[benchmark] Sammanfattning av året' end,
       case when y = 2024 then timestamptz '2025-03-10 10:00+01' end, case when y = 2024 then 'benchmark-data' end,
       case when y = 2024 then 'Bänk Regionalt råd' end, case when y = 2024 then date '2025-03-20' end,
       2, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join (values (2024), (2025)) as r(y);

insert into assessment (id, round_id, goal_area_id, organisation_id, state, status, situation, submitted_at, submitted_by,
                        reviewed_at, reviewed_by, version, created_at, created_by, updated_at, updated_by)
select md5('bench:ass:' || c.code || ':' || y || ':' || g || ':' || r.key)::uuid, md5('bench:round:' || c.code || ':' || y)::uuid,
       md5('bench:goal:' || c.code || ':' || g)::uuid, md5('bench:org:' || r.key || ':' || c.code)::uuid, st.state,
       case when st.state in ('NOT_STARTED') then null
            else (array['ON_TRACK', 'PARTLY', 'NOT_ON_TRACK', 'NOT_ASSESSED'])[1 + (g + length(r.key)) % 4] end,
       case when st.state = 'NOT_STARTED' then null else '[benchmark] Läget: insatserna pågår enligt plan i hela länet.' end,
       case when st.state in ('SUBMITTED', 'ACCEPTED') then now() end, case when st.state in ('SUBMITTED', 'ACCEPTED') then 'benchmark-data' end,
       case when st.state = 'ACCEPTED' then now() end, case when st.state = 'ACCEPTED' then 'benchmark-data' end,
       1, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join (values (2024), (2025)) as r0(y) cross join generate_series(1, 9) g
cross join (values ('lst'), ('region')) as r(key)
cross join lateral (select case when y = 2024 then 'ACCEPTED'
                                else (array['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'ACCEPTED'])[1 + (g + length(r.key)) % 4] end as state) st;

insert into assessment_activity (id, assessment_id, position, title, description, result, funding_source)
select md5('bench:act:' || a.id || ':' || p)::uuid, a.id, p - 1, '[benchmark] Insats ' || p,
       '[benchmark] Gemensam insats för arbete och bostäder', '[benchmark] 40 deltagare', 'Bänk § 37-medel'
from assessment a cross join generate_series(1, 2) p
where a.created_by = 'benchmark-data' and a.state <> 'NOT_STARTED';

insert into assessment_activity_organisation (activity_id, position, organisation_id)
select aa.id, 0, a.organisation_id
from assessment_activity aa join assessment a on a.id = aa.assessment_id where a.created_by = 'benchmark-data';

-- ---- forums, meetings, action items ------------------------------------------------------------------------
insert into forum (id, name, kind, level, county_code, convener_organisation_id, chair, description, meetings_per_year,
                   version, created_at, created_by, updated_at, updated_by)
select md5('bench:forum:' || c.code)::uuid, 'Bänk Regionalt samverkansråd ' || c.name, 'FORUM', 'REGIONAL', c.code,
       md5('bench:org:lst:' || c.code)::uuid, 'Bänk Landshövding', '[benchmark] Strategisk samverkan i länet', 4,
       0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c;

insert into forum (id, name, kind, level, county_code, convener_organisation_id, parent_forum_id, parent_relation,
                   version, created_at, created_by, updated_at, updated_by)
select md5('bench:forum:' || c.code || ':wg' || w)::uuid, 'Bänk Arbetsgrupp ' || w || ' ' || c.name, 'WORKING_GROUP', 'REGIONAL', c.code,
       md5('bench:org:region:' || c.code)::uuid, md5('bench:forum:' || c.code)::uuid, 'PREPARES_FOR',
       0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join generate_series(1, 2) w;

insert into forum_agreement (forum_id, agreement_id)
select md5('bench:forum:' || c.code)::uuid, md5('bench:rok:' || c.code)::uuid from bench_county c;

insert into forum_member (id, forum_id, organisation_id, role, position, version, created_at, created_by, updated_at, updated_by)
select md5('bench:member:' || c.code || ':' || r.key)::uuid, md5('bench:forum:' || c.code)::uuid,
       md5('bench:org:' || r.key || ':' || c.code)::uuid, 'MANAGER', r.n, 0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c
cross join (values ('lst', 0), ('region', 1), ('af', 2), ('fk', 3), ('mv', 4), ('skv', 5), ('fb', 6), ('uni', 7)) as r(key, n);

insert into forum_member (id, forum_id, organisation_id, role, position, version, created_at, created_by, updated_at, updated_by)
select md5('bench:member:' || m.code)::uuid, md5('bench:forum:' || m.county_code)::uuid, md5('bench:org:mun:' || m.code)::uuid,
       'MANAGER', 8 + (row_number() over (partition by m.county_code order by m.code))::int, 0, now(), 'benchmark-data', now(), 'benchmark-data'
from municipality m;

insert into forum_member_representative (member_id, position, name, title, substitute)
select fm.id, 0, 'Bänk Representant', 'Bänk Chef', false from forum_member fm where fm.created_by = 'benchmark-data';

insert into meeting (id, forum_id, title, meeting_date, start_time, end_time, location, minutes_published_at, minutes_published_by,
                     version, created_at, created_by, updated_at, updated_by)
select md5('bench:meeting:' || c.code || ':' || k)::uuid, md5('bench:forum:' || c.code)::uuid, '[benchmark] Rådsmöte ' || k,
       date '2023-02-01' + (k * 91), time '09:00', time '12:00', 'Bänk Residenset',
       case when k <= 10 then timestamptz '2023-03-01' + (k * interval '91 days') end, case when k <= 10 then 'benchmark-data' end,
       0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join generate_series(1, 12) k;

insert into meeting_attendee (meeting_id, position, organisation_id, name)
select md5('bench:meeting:' || c.code || ':' || k)::uuid, r.n, md5('bench:org:' || r.key || ':' || c.code)::uuid, 'Bänk Deltagare ' || r.n
from bench_county c cross join generate_series(1, 12) k
cross join (values ('lst', 0), ('region', 1), ('af', 2), ('fk', 3)) as r(key, n);

insert into agenda_item (id, meeting_id, position, title, kind, description, agreement_id, goal_area_id, minutes,
                         version, created_at, created_by, updated_at, updated_by)
select md5('bench:agenda:' || c.code || ':' || k || ':' || p)::uuid, md5('bench:meeting:' || c.code || ':' || k)::uuid, p - 1,
       '[benchmark] Punkt ' || p, (array['STANDING_FOLLOW_UP', 'PRESENTATION', 'DEEP_DIVE', 'DECISION'])[p],
       '[benchmark] Genomgång', md5('bench:rok:' || c.code)::uuid, md5('bench:goal:' || c.code || ':' || p)::uuid,
       case when k <= 10 then '[benchmark] Protokollsanteckning' end, 0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join generate_series(1, 12) k cross join generate_series(1, 4) p;

insert into decision (id, agenda_item_id, position, text, outcome, subject, agreement_id, version, created_at, created_by, updated_at, updated_by)
select md5('bench:decision:' || c.code || ':' || k)::uuid, md5('bench:agenda:' || c.code || ':' || k || ':4')::uuid, 0,
       '[benchmark] Rådet beslutar att fastställa årets fokus', 'ADOPTED', 'AGREEMENT', md5('bench:rok:' || c.code)::uuid,
       0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join generate_series(1, 12) k;

-- eight action items per meeting, owners rotating among the member organisations
insert into action_item (id, forum_id, meeting_id, agenda_item_id, title, description, owner_organisation_id, owner_person, due_on,
                         status, closed_at, version, created_at, created_by, updated_at, updated_by)
select md5('bench:action:' || c.code || ':' || k || ':' || a)::uuid, md5('bench:forum:' || c.code)::uuid,
       md5('bench:meeting:' || c.code || ':' || k)::uuid, md5('bench:agenda:' || c.code || ':' || k || ':' || (1 + a % 4))::uuid,
       '[benchmark] Uppdrag ' || a || ' från möte ' || k, '[benchmark] Ta fram underlag om bostäder',
       md5('bench:org:' || (array['lst', 'region', 'af', 'fk', 'mv', 'skv', 'fb', 'uni'])[a] || ':' || c.code)::uuid, 'Bänk Handläggare',
       date '2023-05-01' + (k * 91) + a, st.status, case when st.status in ('DONE', 'CANCELLED') then now() end,
       0, now(), 'benchmark-data', now(), 'benchmark-data'
from bench_county c cross join generate_series(1, 12) k cross join generate_series(1, 8) a
cross join lateral (select (array['OPEN', 'IN_PROGRESS', 'DONE', 'OPEN', 'CANCELLED', 'IN_PROGRESS', 'OPEN', 'DONE'])[a] as status) st;

commit;

analyze;
