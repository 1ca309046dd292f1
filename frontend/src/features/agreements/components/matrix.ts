import type { Agreement, GoalArea, Level, OrganisationReference, ResponsibilityKind } from '../types';

/**
 * What one party has in one goal area; `viaAllOthers` when it comes from "övriga undertecknande parter"; no level when
 * the agreement states none.
 */
export type MatrixMark = { kind: ResponsibilityKind; level?: Level; viaAllOthers: boolean };

/** The kinds of party the columns are grouped by, in this order; `NOT_PARTY` for organisations named but not parties. */
export const matrixGroups = [
  'COUNTY_ADMINISTRATIVE_BOARD',
  'REGION',
  'STATE_AGENCY',
  'MUNICIPALITY',
  'MUNICIPAL_FEDERATION',
  'COORDINATION_ASSOCIATION',
  'CIVIL_SOCIETY',
  'ACADEMIA',
  'BUSINESS',
  'OTHER',
  'NOT_PARTY',
] as const;

export type MatrixGroup = (typeof matrixGroups)[number];

export type ResponsibilityMatrix = {
  /** The parties grouped by kind (in the agreement's order within a group), then organisations named in goal areas
   * that are not parties. */
  columns: OrganisationReference[];
  /** The column groups in column order: their kind and how many columns each spans. */
  groups: { group: MatrixGroup; span: number }[];
  rows: { goalArea: GoalArea; cells: MatrixMark[][] }[];
};

function groupOf(organisationType: string): MatrixGroup {
  return (matrixGroups as readonly string[]).includes(organisationType) && organisationType !== 'NOT_PARTY'
    ? (organisationType as MatrixGroup)
    : 'OTHER';
}

/** Goal areas × parties: who answers for what at which level ("övriga undertecknande parter" resolved). */
export function buildMatrix(agreement: Pick<Agreement, 'parties' | 'goalAreas'>): ResponsibilityMatrix {
  const grouped: { organisation: OrganisationReference; group: MatrixGroup }[] = agreement.parties
    .map((party) => ({ organisation: party.organisation, group: groupOf(party.organisationType) }))
    // Array.prototype.sort is stable: within a group the agreement's order stays.
    .sort((a, b) => matrixGroups.indexOf(a.group) - matrixGroups.indexOf(b.group));
  const known = new Set(grouped.map((column) => column.organisation.id));
  for (const goalArea of agreement.goalAreas) {
    for (const responsibility of goalArea.responsibilities) {
      for (const organisation of responsibility.coveredOrganisations) {
        if (!known.has(organisation.id)) {
          known.add(organisation.id);
          grouped.push({ organisation, group: 'NOT_PARTY' });
        }
      }
    }
  }
  const groups: ResponsibilityMatrix['groups'] = [];
  for (const { group } of grouped) {
    const last = groups[groups.length - 1] as ResponsibilityMatrix['groups'][number] | undefined;
    if (last?.group === group) last.span += 1;
    else groups.push({ group, span: 1 });
  }
  const columns = grouped.map((column) => column.organisation);
  const rows = agreement.goalAreas.map((goalArea) => ({
    goalArea,
    cells: columns.map((organisation) =>
      goalArea.responsibilities.flatMap((responsibility) =>
        responsibility.coveredOrganisations.some((covered) => covered.id === organisation.id)
          ? [
              {
                kind: responsibility.kind,
                level: responsibility.level ?? undefined,
                viaAllOthers: responsibility.allOtherSignatories,
              },
            ]
          : [],
      ),
    ),
  }));
  return { columns, groups, rows };
}
