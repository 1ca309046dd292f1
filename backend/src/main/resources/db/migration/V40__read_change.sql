-- The public lists and boards (a county's forum structure, its action-item board, a meeting as the public sees it,
-- the national indicator values, an indicator's values, an organisation as the public sees it) are kept in each API instance's memory with their JSON, the
-- way agreement documents are (V9, V32): read_change advances at the commit of any change to what they show besides
-- what document_change already covers (agreements and their goal areas, organisation names, counties and
-- municipalities), and a kept read made at older values of either sequence is built again. Row triggers deferred to
-- commit, as for document_change, so a reader that sees the new value also sees the change.
create sequence read_change;

create function read_changed() returns trigger
    language plpgsql as $$
begin
    perform nextval('read_change');
    return null;
end
$$;

do $$
declare
    source text;
begin
    foreach source in array array['forum', 'forum_agreement', 'forum_member', 'forum_member_representative',
                                  'forum_municipality', 'meeting', 'meeting_attendee', 'agenda_item', 'decision',
                                  'action_item', 'status_report', 'indicator', 'indicator_value']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function read_changed()', source || '_changes_read', source);
    end loop;
end
$$;

-- An organisation shows every column of its row (website, mandate …), which document_change leaves out since V32; an
-- update that changes nothing (a directory sync writing the same values) advances neither.
create constraint trigger organisation_added_or_removed_changes_read after insert or delete on organisation
    deferrable initially deferred for each row execute function read_changed();
create constraint trigger organisation_changes_read after update on organisation
    deferrable initially deferred for each row
    when (old.* is distinct from new.*)
    execute function read_changed();
