/** The business rules the follow-up API names in its 409 problems, each explained in the interface's language. */
export const followUpRules = [
  'round-needs-adopted-agreement',
  'one-round-per-year',
  'round-needs-responsible-parties',
  'submit-needs-status',
  'submit-needs-situation',
  'submitted-awaits-review',
  'only-submitted-can-be-reviewed',
  'accepted-is-final',
  'round-closed',
  'compile-needs-all-accepted',
  'approve-needs-compiled',
  'approved-is-final',
  'round-has-work',
  'export-needs-compiled',
  'indicator-in-use',
  'indicator-shape-fixed-with-values',
] as const;
