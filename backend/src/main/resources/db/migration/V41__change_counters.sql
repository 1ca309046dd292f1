-- The three change counters that say when a kept read is out of date (document_change V9/V28/V32, read_change V40,
-- report_input_change V9) were sequences. A sequence advances before the transaction that advances it commits, so a
-- reader in that instant saw the new value with the old rows and kept the old rows under the new value until the next
-- change (for report_input_change even in the database, shared by every instance). Now they are columns of one row,
-- advanced once per transaction by deferred triggers, in that transaction: a reader sees a new value only together
-- with the change. One row, so concurrent commits take one lock in one order (no deadlock between counters); the lock
-- is taken at commit, after every other lock of the transaction.
create table change_counter (
    singleton     boolean primary key default true check (singleton),
    document      bigint  not null,
    read          bigint  not null,
    report_input  bigint  not null
);

insert into change_counter (document, read, report_input)
select (select case when is_called then last_value else 0 end from document_change),
       (select case when is_called then last_value else 0 end from read_change),
       (select case when is_called then last_value else 0 end from report_input_change);

-- Once per transaction and counter: the first changed row of the transaction advances it, the others see the flag.
create or replace function document_changed() returns trigger
    language plpgsql as $$
begin
    if current_setting('samverkan.document_changed', true) is distinct from 'on' then
        perform set_config('samverkan.document_changed', 'on', true);
        update change_counter set document = document + 1;
    end if;
    return null;
end
$$;

create or replace function read_changed() returns trigger
    language plpgsql as $$
begin
    if current_setting('samverkan.read_changed', true) is distinct from 'on' then
        perform set_config('samverkan.read_changed', 'on', true);
        update change_counter set read = read + 1;
    end if;
    return null;
end
$$;

create or replace function report_input_changed() returns trigger
    language plpgsql as $$
begin
    if current_setting('samverkan.report_input_changed', true) is distinct from 'on' then
        perform set_config('samverkan.report_input_changed', 'on', true);
        update change_counter set report_input = report_input + 1;
    end if;
    return null;
end
$$;

-- The report's triggers ran at each statement; deferred to commit like the others, so the counter moves with the
-- commit and its lock is the transaction's last.
do $$
declare
    source text;
begin
    foreach source in array array['agreement', 'goal_area', 'yearly_priority', 'yearly_priority_point', 'organisation',
                                  'follow_up_round', 'assessment', 'assessment_activity', 'assessment_activity_organisation',
                                  'indicator', 'indicator_target', 'indicator_value']
    loop
        execute format('drop trigger %I on %I', source || '_changes_report', source);
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function report_input_changed()', source || '_changes_report', source);
    end loop;
end
$$;

drop sequence document_change;
drop sequence read_change;
drop sequence report_input_change;
