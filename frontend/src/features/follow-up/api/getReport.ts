import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { Report } from '../types';
import { followUpKeys } from './queryKeys';

/** The report of a round (`GET /api/v1/follow-up-rounds/{id}/report`); public once approved. */
export function useReport(id: string) {
  return useQuery({
    queryKey: followUpKeys.report(id),
    queryFn: async ({ signal }): Promise<Report> =>
      unwrap(await api.GET('/api/v1/follow-up-rounds/{id}/report', { params: { path: { id } }, signal })),
  });
}

export function reportCsvUrl(id: string): string {
  return `/api/v1/follow-up-rounds/${id}/report.csv`;
}

export function reportPdfUrl(id: string): string {
  return `/api/v1/follow-up-rounds/${id}/report.pdf`;
}
