import type { components } from '../../lib/api';

export type Grant = components['schemas']['Grant'];
export type GrantInput = components['schemas']['GrantInput'];
export type GrantKind = components['schemas']['GrantKind'];
export type SubjectType = components['schemas']['SubjectType'];
export type DirectoryUser = components['schemas']['DirectoryUser'];
export type HistoryEntry = components['schemas']['HistoryEntry'];
export type FederationMember = components['schemas']['FederationMember'];

/** The kinds a county's grants page offers, in order; a national reader is granted by admins outside any county. */
export const countyGrantKinds: readonly GrantKind[] = [
  'COUNTY_COORDINATOR',
  'FEDERATION_COORDINATOR',
  'LOK_AUTHOR',
  'FORUM_EDITOR',
  'STATISTICS_PROVIDER',
];

/** The kinds an admin grants outside any county: national readers, and statistics providers across counties. */
export const nationalGrantKinds: readonly GrantKind[] = ['NATIONAL_READER', 'STATISTICS_PROVIDER'];

export function isGrantKind(value: unknown): value is GrantKind {
  return countyGrantKinds.includes(value as GrantKind) || value === 'NATIONAL_READER';
}
