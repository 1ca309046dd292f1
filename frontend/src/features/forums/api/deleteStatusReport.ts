import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { meetingKeys, statusReportKeys } from './queryKeys';

/** Deletes a status report (`DELETE /api/v1/status-reports/{id}`, If-Match); the lifecycle decides until when. */
export function useDeleteStatusReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) =>
      unwrap(await api.DELETE('/api/v1/status-reports/{id}', { params: ifMatch({ id }, etag) })),
    onSuccess: async (_, { id }) => {
      queryClient.removeQueries({ queryKey: statusReportKeys.detail(id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: statusReportKeys.all }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
      ]);
    },
  });
}
