export const nationalKeys = {
  all: ['national'] as const,
  overview: (year: number) => [...nationalKeys.all, 'overview', year] as const,
  indicatorValues: (filters: { year: number; county?: string; page: number }) =>
    [...nationalKeys.all, 'indicator-values', filters] as const,
};
