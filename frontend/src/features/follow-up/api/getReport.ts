import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The report of a round (`GET /api/v1/follow-up-rounds/{id}/report`); public once approved. */
export function useReport(id: string) {
  return useApiQuery(followUpKeys.report(id), (signal) =>
    api.GET('/api/v1/follow-up-rounds/{id}/report', { params: { path: { id } }, signal }),
  );
}

/** The report as CSV: RFC 4180, or `excel-sv` (semicolons, decimal comma, byte order mark) for Swedish Excel. */
export function reportCsvUrl(id: string, dialect: 'rfc4180' | 'excel-sv' = 'rfc4180'): string {
  const path = `/api/v1/follow-up-rounds/${id}/report.csv`;
  return dialect === 'excel-sv' ? `${path}?dialect=excel-sv` : path;
}

export function reportPdfUrl(id: string): string {
  return `/api/v1/follow-up-rounds/${id}/report.pdf`;
}
