import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { Report } from '../types';
import { followUpKeys } from './queryKeys';

/** The report of a round (`GET /api/v1/follow-up-rounds/{id}/report`); public once approved. */
export function useReport(id: string) {
  return useQuery({
    queryKey: followUpKeys.report(id),
    // The API description leaves out the 200 body of this call; it is a FollowUpReport.
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/follow-up-rounds/{id}/report', { params: { path: { id } }, signal })) as unknown as Report,
  });
}

export function reportCsvUrl(id: string): string {
  return `/api/v1/follow-up-rounds/${id}/report.csv`;
}

export function reportPdfUrl(id: string): string {
  return `/api/v1/follow-up-rounds/${id}/report.pdf`;
}
