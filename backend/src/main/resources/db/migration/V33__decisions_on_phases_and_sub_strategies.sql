-- Issue 14: a meeting decision also completes a phase of a process map and adopts a sub-strategy; both sides link
-- to each other (the phase and the agreement name the decision, the decision's effect names them).
alter table decision_effect drop constraint decision_effect_kind_check;
alter table decision_effect add constraint decision_effect_kind_check
    check (kind in ('PRIORITY', 'AGREEMENT_ADOPTION', 'FOLLOW_UP_APPROVAL', 'PHASE_COMPLETION', 'SUB_STRATEGY_ADOPTION'));

-- The decision that completed the phase; a phase done directly by its managers has none.
alter table strategy_phase add column completion_decision_id uuid references decision (id);
alter table strategy_phase
    add constraint strategy_phase_decided_done check (completion_decision_id is null or status = 'DONE');
create index strategy_phase_completion_decision_idx on strategy_phase (completion_decision_id);

-- The decision that adopted the agreement (or sub-strategy); agreements adopted directly or transcribed have none.
alter table agreement add column adoption_decision_id uuid references decision (id);
create index agreement_adoption_decision_idx on agreement (adoption_decision_id);
