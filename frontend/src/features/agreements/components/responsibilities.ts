import { levels, type Level, type OrganisationReference, type Responsibility, type ResponsibilityKind } from '../types';

/** One party named for a goal area, with every level it answers at, as the document reads it. */
export type ResponsibilityEntry = {
  /** The organisation, or null for "övriga undertecknande parter" and for a collective party. */
  organisation: OrganisationReference | null;
  /** A party that is no single organisation ("civilsamhället"). */
  collectiveParty: string | null;
  /** Through what the party takes part ("genom projekt Bosättning Västmanland (§37) 2016"). */
  qualifier: string | null;
  /** The registered project the qualifier names (funding), to link to; null when none is registered. */
  projectId: string | null;
  /** The levels the document states; empty when it states none. */
  levels: Level[];
  /** For "övriga undertecknande parter": the signatory parties it stands for (not named elsewhere in the area). */
  covered: OrganisationReference[];
  /** The rows behind the entry (their provenance, for marks). */
  rows: Responsibility[];
};

const levelOrder = (level: Level | undefined) => (level === undefined ? levels.length : levels.indexOf(level));

const entryKey = (responsibility: Responsibility) =>
  responsibility.allOtherSignatories
    ? 'all-others'
    : responsibility.organisation
      ? `organisation:${responsibility.organisation.id}:${responsibility.qualifier ?? ''}`
      : `collective:${responsibility.collectiveParty ?? ''}`;

/**
 * The responsibilities of one kind (responsible or other) as the document lists them: one entry per party with its
 * levels, from the widest level to the closest (regional before local, unstated last), named parties before
 * "övriga undertecknande parter", otherwise in the order they were entered.
 */
export function responsibilityEntries(
  responsibilities: readonly Responsibility[],
  kind: ResponsibilityKind,
): ResponsibilityEntry[] {
  // By key, in the order first seen.
  const byKey = new Map<string, ResponsibilityEntry>();
  for (const responsibility of responsibilities) {
    if (responsibility.kind !== kind) continue;
    const key = entryKey(responsibility);
    const existing = byKey.get(key);
    const level = responsibility.level ?? undefined;
    if (existing) {
      if (level && !existing.levels.includes(level)) existing.levels.push(level);
      existing.rows.push(responsibility);
    } else {
      byKey.set(key, {
        organisation: responsibility.allOtherSignatories ? null : (responsibility.organisation ?? null),
        collectiveParty: responsibility.collectiveParty ?? null,
        qualifier: responsibility.qualifier ?? null,
        projectId: responsibility.projectId ?? null,
        levels: level ? [level] : [],
        covered: responsibility.coveredOrganisations,
        rows: [responsibility],
      });
    }
  }
  const entries = [...byKey.values()];
  for (const entry of entries) entry.levels.sort((a, b) => levelOrder(a) - levelOrder(b));
  const allOthers = (entry: ResponsibilityEntry) => entry.organisation === null && entry.collectiveParty === null;
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        Number(allOthers(a.entry)) - Number(allOthers(b.entry)) ||
        levelOrder(a.entry.levels[0]) - levelOrder(b.entry.levels[0]) ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}
