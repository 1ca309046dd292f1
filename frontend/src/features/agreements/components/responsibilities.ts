import { levels, type Level, type OrganisationReference, type Responsibility, type ResponsibilityKind } from '../types';

/** One party named for a goal area, with every level it answers at, as the document reads it. */
export type ResponsibilityEntry = {
  /** The organisation, or null for "övriga undertecknande parter". */
  organisation: OrganisationReference | null;
  levels: Level[];
  /** For "övriga undertecknande parter": the signatory parties it stands for (not named elsewhere in the area). */
  covered: OrganisationReference[];
};

const levelOrder = (level: Level) => levels.indexOf(level);

/**
 * The responsibilities of one kind (responsible or other) as the document lists them: one entry per party with its
 * levels, from the widest level to the closest (regional before local), named parties before "övriga
 * undertecknande parter", otherwise in the order they were entered.
 */
export function responsibilityEntries(responsibilities: readonly Responsibility[], kind: ResponsibilityKind): ResponsibilityEntry[] {
  const entries: ResponsibilityEntry[] = [];
  for (const responsibility of responsibilities) {
    if (responsibility.kind !== kind) continue;
    const organisation = responsibility.allOtherSignatories ? null : (responsibility.organisation ?? null);
    const existing = entries.find((entry) => (entry.organisation?.id ?? null) === (organisation?.id ?? null));
    if (existing) {
      if (!existing.levels.includes(responsibility.level)) existing.levels.push(responsibility.level);
    } else {
      entries.push({ organisation, levels: [responsibility.level], covered: responsibility.coveredOrganisations });
    }
  }
  for (const entry of entries) entry.levels.sort((a, b) => levelOrder(a) - levelOrder(b));
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        Number(a.entry.organisation === null) - Number(b.entry.organisation === null) ||
        levelOrder(a.entry.levels[0]) - levelOrder(b.entry.levels[0]) ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}
