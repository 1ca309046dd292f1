import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { ApplicationInput } from '../types';
import { versionedApplication } from './getApplication';
import { fundingKeys } from './queryKeys';

/** Replaces a draft application (`PUT /api/v1/funding/applications/{id}`, If-Match): the applicant's members. */
export function useUpdateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: ApplicationInput }) =>
      versionedApplication(
        await api.PUT('/api/v1/funding/applications/{id}', { params: ifMatch({ id }, etag), body: input }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(fundingKeys.application(updated.application.id), updated);
      await queryClient.invalidateQueries({ queryKey: fundingKeys.all, refetchType: 'none' });
    },
  });
}
