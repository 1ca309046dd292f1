import { ApiError } from '../../../lib/api';

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
] as const;

export type KnownRule = (typeof knownRules)[number];

export function isKnownRule(rule: unknown): rule is KnownRule {
  return knownRules.includes(rule as KnownRule);
}

/** The rule a failed call broke, when it is one we can explain. */
export function brokenRule(error: unknown): KnownRule | undefined {
  return error instanceof ApiError && isKnownRule(error.rule) ? error.rule : undefined;
}
