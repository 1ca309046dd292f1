import type { components } from './schema';

/** The generated schema's types, for the features' own aliases (`Schemas['Organisation']`). */
export type Schemas = components['schemas'];

// Types several features show the same way: their history, and whom the work is for.
export type HistoryEntry = Schemas['HistoryEntry'];
export type FieldChange = Schemas['FieldChange'];
export type TargetGroup = Schemas['TargetGroup'];

/** The target groups in the order they are offered in filters and forms. */
export const targetGroups: readonly TargetGroup[] = [
  'NEWLY_ARRIVED',
  'ASYLUM_SEEKERS',
  'UNACCOMPANIED_MINORS',
  'QUOTA_REFUGEES',
  'FAMILY_MEMBERS',
  'PERSONS_IN_NEED_OF_PROTECTION',
  'FOREIGN_BORN',
  'CHILDREN_AND_YOUNG_PEOPLE',
];
