-- Issue 14: agreements adopted by a meeting decision before V33 (the AGREEMENT_ADOPTION effect exists since V28) name
-- that decision too. The effect row says exactly which decision adopted which agreement (one effect per subject, see
-- decision_effect_once), so the link is derived, not guessed. Sub-strategies adopted that way before V33 were adopted
-- through the same kind and are covered alike. The demo data decides only priorities, so it has no such rows.
-- The version is left as it is: the agreement did not change, only a link the decision already implied is stored.
update agreement a
   set adoption_decision_id = e.decision_id
  from decision_effect e
 where e.kind = 'AGREEMENT_ADOPTION'
   and e.subject_id = a.id
   and a.adoption_decision_id is null;
