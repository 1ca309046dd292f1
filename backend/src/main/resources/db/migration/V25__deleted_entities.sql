-- A write naming the version of a record someone else has deleted answers 412 (ProblemMappers asks the change log).
create index change_log_deleted on change_log (entity_id) where action = 'DELETED';
