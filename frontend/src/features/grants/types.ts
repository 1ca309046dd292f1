import type { Schemas } from '../../lib/api';

export type Grant = Schemas['Grant'];
export type GrantInput = Schemas['GrantInput'];
export type GrantKind = Schemas['GrantKind'];
export type SubjectType = Schemas['SubjectType'];
export type DirectoryUser = Schemas['DirectoryUser'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type FederationMember = Schemas['FederationMember'];

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
