/** Query keys of the reference data (counties and municipalities) shared by every feature. */
export const referenceKeys = {
  counties: ['counties'] as const,
  municipalities: (countyCode: string) => ['municipalities', countyCode] as const,
};
