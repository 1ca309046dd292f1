/** History snapshots name their fields as the server stores them; these hold enum names to put into words. */
export const enumFields = {
  kind: 'agreementKind',
  status: 'agreementStatus',
  role: 'partyRole',
  level: 'levelOption',
  targetGroups: 'targetGroup',
  perspectives: 'perspective',
} as const;

/** The entity types of history entries, and the actions. */
export const historyEntityTypes = [
  'AGREEMENT',
  'PARTY',
  'GOAL_AREA',
  'RESPONSIBILITY',
  'PRIORITY',
  'CONSULTATION_INPUT',
] as const;
export const historyActions = ['CREATED', 'UPDATED', 'DELETED', 'STATUS_CHANGED'] as const;

export type HistoryEntityType = (typeof historyEntityTypes)[number];
export type HistoryAction = (typeof historyActions)[number];

export function isHistoryEntityType(value: string): value is HistoryEntityType {
  return (historyEntityTypes as readonly string[]).includes(value);
}

export function isHistoryAction(value: string): value is HistoryAction {
  return (historyActions as readonly string[]).includes(value);
}

/** A stored value's enum names (one, or several joined by "; ") through `translate`; anything else as it is. */
export function translateEnumValue(value: string, translate: (name: string) => string | undefined): string {
  return value
    .split('; ')
    .map((part) => translate(part) ?? part)
    .join(', ');
}
