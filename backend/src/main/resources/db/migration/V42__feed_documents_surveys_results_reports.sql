-- The change feed and the webhooks also carry documents, surveys and the counties' results reports (their changes
-- were in change_log, and so in change_feed, but without a county or version, and the API did not show them).
create or replace function change_subject_state(kind text, subject uuid, out county varchar(2), out current_version bigint)
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
        when 'DOCUMENT' then
            select d.county_code, d.version into county, current_version from document d where d.id = subject;
        when 'SURVEY' then
            select s.county_code, s.version into county, current_version from survey s where s.id = subject;
        when 'RESULTS_REPORT' then
            select r.county_code, r.version into county, current_version from results_report r where r.id = subject;
        else
            county := null;
            current_version := null;
    end case;
end
$$;

-- The rows already in the feed get their subject's county (the county filter and a removal's reach need it). Their
-- version stays unknown: the version each change committed was not kept, and the current one would be wrong for all
-- but the last.
update change_feed f
   set county_code = s.county
  from (select distinct subject_type, subject_id from change_feed
         where subject_type in ('DOCUMENT', 'SURVEY', 'RESULTS_REPORT') and county_code is null) d
  cross join lateral change_subject_state(d.subject_type, d.subject_id) s
 where f.subject_type = d.subject_type and f.subject_id = d.subject_id and s.county is not null;
