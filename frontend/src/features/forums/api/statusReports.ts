// One hook per call of the status-report API; they share the invalidation below.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { StatusReport, StatusReportInput } from '../types';
import { meetingKeys, statusReportKeys } from './queryKeys';

export type VersionedStatusReport = { report: StatusReport; etag: string };

function versioned(result: { data?: StatusReport; error?: unknown; response: Response }): VersionedStatusReport {
  const report = unwrap(result);
  return { report, etag: etagOf(result.response, report.version) };
}

function useSaved() {
  const queryClient = useQueryClient();
  return async (updated: VersionedStatusReport) => {
    queryClient.setQueryData(statusReportKeys.detail(updated.report.id), updated);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: statusReportKeys.ofForum(updated.report.forum.id) }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
    ]);
  };
}

/** A forum's status reports, newest quarter first (`GET /api/v1/forums/{id}/status-reports`). */
export function useStatusReports(forumId: string) {
  return useQuery({
    queryKey: statusReportKeys.ofForum(forumId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/forums/{id}/status-reports', { params: { path: { id: forumId } }, signal })),
  });
}

/** One status report with invitations and contributions (`GET /api/v1/status-reports/{id}`) and its ETag. */
export function useStatusReport(id: string) {
  return useQuery({
    queryKey: statusReportKeys.detail(id),
    queryFn: async ({ signal }) => versioned(await api.GET('/api/v1/status-reports/{id}', { params: { path: { id } }, signal })),
  });
}

/** Opens a report for a quarter (`POST /api/v1/forums/{id}/status-reports`). */
export function useCreateStatusReport() {
  const saved = useSaved();
  return useMutation({
    mutationFn: async ({ forumId, input }: { forumId: string; input: StatusReportInput }) =>
      versioned(await api.POST('/api/v1/forums/{id}/status-reports', { params: { path: { id: forumId } }, body: input })),
    onSuccess: saved,
  });
}

/** Invites member organisations to contribute (`POST /api/v1/status-reports/{id}/invitations`). */
export function useInviteToStatusReport() {
  const saved = useSaved();
  return useMutation({
    mutationFn: async ({ id, organisationIds }: { id: string; organisationIds: string[] }) =>
      versioned(await api.POST('/api/v1/status-reports/{id}/invitations', { params: { path: { id } }, body: { organisationIds } })),
    onSuccess: saved,
  });
}

/** Submits or replaces an organisation's contribution, one text per theme (`PUT …/contributions/{organisationId}`). */
export function usePutContribution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, organisationId, etag, entries }: { id: string; organisationId: string; etag: string; entries: { theme: string; text: string }[] }) =>
      unwrap(
        await api.PUT('/api/v1/status-reports/{id}/contributions/{organisationId}', {
          params: { path: { id, organisationId }, header: { 'If-Match': etag } },
          body: { entries },
        }),
      ),
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: statusReportKeys.detail(id) }),
  });
}

/** Compiles the report, OPEN → COMPILED (`POST /api/v1/status-reports/{id}/compilation`, If-Match). */
export function useCompileStatusReport() {
  const saved = useSaved();
  return useMutation({
    mutationFn: async ({ id, etag, text }: { id: string; etag: string; text?: string }) =>
      versioned(
        await api.POST('/api/v1/status-reports/{id}/compilation', { params: { path: { id }, header: { 'If-Match': etag } }, body: { text } }),
      ),
    onSuccess: saved,
  });
}

/** Publishes the compiled report for a meeting's status-report point (`POST …/publication`, If-Match). */
export function usePublishStatusReport() {
  const saved = useSaved();
  return useMutation({
    mutationFn: async ({ id, etag, agendaItemId }: { id: string; etag: string; agendaItemId?: string }) =>
      versioned(
        await api.POST('/api/v1/status-reports/{id}/publication', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: { agendaItemId },
        }),
      ),
    onSuccess: saved,
  });
}
