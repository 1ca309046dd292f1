import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { ApplicationStatus } from '../types';
import { versionedApplication } from './getApplication';
import { fundingKeys } from './queryKeys';

/** Submit, withdraw or take into review (`POST /api/v1/funding/applications/{id}/status`, If-Match). */
export function useChangeApplicationStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, status }: { id: string; etag: string; status: ApplicationStatus }) =>
      versionedApplication(
        await api.POST('/api/v1/funding/applications/{id}/status', { params: ifMatch({ id }, etag), body: { status } }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(fundingKeys.application(updated.application.id), updated);
      await queryClient.invalidateQueries({ queryKey: fundingKeys.all, refetchType: 'none' });
    },
  });
}
