/** The business rules the agreements API names in its 409 problems, each explained in the interface's language. */
export const knownRules = [
  'adoption-needs-two-parties',
  'adoption-needs-a-goal-area',
  'revision-same-kind-and-county',
  'revision-of-adopted-only',
  'transition-not-allowed',
  'expiry-after-period',
  'adopted-is-final',
  'adopted-never-deleted',
  'referenced-agreement',
  'priorities-while-in-force',
  'priority-decided-is-final',
  'one-sub-strategy-per-target-group',
] as const;
