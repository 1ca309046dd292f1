-- Issue 14: an activity of a follow-up assessment can be taken from the action plan instead of typed again; it keeps
-- the plan's activity it came from (its title and text are copied, so the report stays as submitted).
alter table assessment_activity add column plan_activity_id uuid references plan_activity (id) on delete set null;
create index assessment_activity_plan_activity_idx on assessment_activity (plan_activity_id);
