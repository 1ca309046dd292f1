import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The indicator's values (`GET /api/v1/indicators/{id}/values`). */
export function useIndicatorValues(id: string) {
  return useApiQuery(followUpKeys.indicatorValues(id), (signal) =>
    api.GET('/api/v1/indicators/{id}/values', { params: { path: { id } }, signal }),
  );
}

/** The values as CSV: RFC 4180, or `excel-sv` (semicolons, decimal comma, byte order mark) for Swedish Excel. */
export function indicatorValuesCsvPath(id: string, dialect: 'rfc4180' | 'excel-sv' = 'rfc4180'): string {
  return dialect === 'excel-sv'
    ? `/api/v1/indicators/${id}/values.csv?dialect=excel-sv`
    : `/api/v1/indicators/${id}/values.csv`;
}
