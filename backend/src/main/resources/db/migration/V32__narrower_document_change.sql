-- document_change (V9, V28) advances on every write to a table a kept agreement document, agreement list page or
-- indicator value list reads from. For the tables shared with other features that was any write: an organisation's
-- website, a meeting's location or an agenda point's minutes made every instance rebuild every kept document and
-- page. Here those tables advance it only when a column the kept reads show (or decide visibility by) changes, or a
-- row goes away. Hibernate writes every column of an entity on update, so the test is on the values (`when`), not on
-- the columns named in the statement (`update of`). The agreement's own tables keep their triggers: every column of
-- them is shown.
--   organisation: name and type (parties, responsibilities), parent, county and municipality (who sees what);
--     a new organisation is in no document yet
--   county, municipality: names (and a municipality's county)
--   forum: the proposer of a priority (name, county, the forum it reports to)
--   meeting, agenda_item, decision: the decision of a priority (forum, date, § number; transcribed meetings show none)

drop trigger organisation_changes_document on organisation;
drop trigger county_changes_document on county;
drop trigger municipality_changes_document on municipality;
drop trigger forum_changes_document on forum;
drop trigger meeting_changes_document on meeting;
drop trigger agenda_item_changes_document on agenda_item;
drop trigger decision_changes_document on decision;

create constraint trigger organisation_removed_changes_document after delete on organisation
    deferrable initially deferred for each row execute function document_changed();
create constraint trigger organisation_changes_document after update on organisation
    deferrable initially deferred for each row
    when (old.name is distinct from new.name or old.type is distinct from new.type
          or old.parent_id is distinct from new.parent_id or old.county_code is distinct from new.county_code
          or old.municipality_code is distinct from new.municipality_code)
    execute function document_changed();

create constraint trigger county_added_or_removed_changes_document after insert or delete on county
    deferrable initially deferred for each row execute function document_changed();
create constraint trigger county_changes_document after update on county
    deferrable initially deferred for each row
    when (old.name is distinct from new.name)
    execute function document_changed();

create constraint trigger municipality_added_or_removed_changes_document after insert or delete on municipality
    deferrable initially deferred for each row execute function document_changed();
create constraint trigger municipality_changes_document after update on municipality
    deferrable initially deferred for each row
    when (old.name is distinct from new.name or old.county_code is distinct from new.county_code)
    execute function document_changed();

create constraint trigger forum_removed_changes_document after delete on forum
    deferrable initially deferred for each row execute function document_changed();
create constraint trigger forum_changes_document after update on forum
    deferrable initially deferred for each row
    when (old.name is distinct from new.name or old.county_code is distinct from new.county_code
          or old.parent_forum_id is distinct from new.parent_forum_id)
    execute function document_changed();

create constraint trigger meeting_removed_changes_document after delete on meeting
    deferrable initially deferred for each row execute function document_changed();
create constraint trigger meeting_changes_document after update on meeting
    deferrable initially deferred for each row
    when (old.meeting_date is distinct from new.meeting_date or old.forum_id is distinct from new.forum_id
          or old.provenance_kind is distinct from new.provenance_kind)
    execute function document_changed();

create constraint trigger agenda_item_removed_changes_document after delete on agenda_item
    deferrable initially deferred for each row execute function document_changed();
create constraint trigger agenda_item_changes_document after update on agenda_item
    deferrable initially deferred for each row
    when (old.position is distinct from new.position or old.meeting_id is distinct from new.meeting_id)
    execute function document_changed();

create constraint trigger decision_removed_changes_document after delete on decision
    deferrable initially deferred for each row execute function document_changed();
create constraint trigger decision_changes_document after update on decision
    deferrable initially deferred for each row
    when (old.agenda_item_id is distinct from new.agenda_item_id)
    execute function document_changed();
