import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { meetingKeys, statusReportKeys } from './queryKeys';

/** Deletes a status report (`DELETE /api/v1/status-reports/{id}`, If-Match); the lifecycle decides until when. */
export function useDeleteStatusReport() {
  return useApiMutation(
    ({ id, etag }: { id: string; etag: string }) =>
      api.DELETE('/api/v1/status-reports/{id}', { params: ifMatch({ id }, etag) }),
    { remove: ({ id }) => statusReportKeys.detail(id), invalidate: () => [statusReportKeys.all, meetingKeys.all] },
  );
}
