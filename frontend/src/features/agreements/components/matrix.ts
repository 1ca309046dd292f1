import type { Agreement, GoalArea, Level, OrganisationReference, ResponsibilityKind } from '../types';

/**
 * What one party has in one goal area; `viaAllOthers` when it comes from "övriga undertecknande parter"; no level when
 * the agreement states none.
 */
export type MatrixMark = { kind: ResponsibilityKind; level?: Level; viaAllOthers: boolean };

export type ResponsibilityMatrix = {
  /** The agreement's parties in their order, then organisations named in goal areas that are not parties. */
  columns: OrganisationReference[];
  rows: { goalArea: GoalArea; cells: MatrixMark[][] }[];
};

/** Goal areas × parties: who answers for what at which level ("övriga undertecknande parter" resolved). */
export function buildMatrix(agreement: Pick<Agreement, 'parties' | 'goalAreas'>): ResponsibilityMatrix {
  const columns: OrganisationReference[] = agreement.parties.map((party) => party.organisation);
  const known = new Set(columns.map((organisation) => organisation.id));
  for (const goalArea of agreement.goalAreas) {
    for (const responsibility of goalArea.responsibilities) {
      for (const organisation of responsibility.coveredOrganisations) {
        if (!known.has(organisation.id)) {
          known.add(organisation.id);
          columns.push(organisation);
        }
      }
    }
  }
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
  return { columns, rows };
}
