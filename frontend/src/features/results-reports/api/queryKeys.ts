export const resultsReportKeys = {
  all: ['results-reports'] as const,
  list: (query: { county?: string; year?: number }) => [...resultsReportKeys.all, 'list', query] as const,
  report: (id: string) => [...resultsReportKeys.all, 'report', id] as const,
  history: (id: string) => [...resultsReportKeys.all, 'history', id] as const,
  national: (year: number) => [...resultsReportKeys.all, 'national', year] as const,
};
