import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { DecisionInput } from '../types';
import { versionedApplication } from './getApplication';
import { fundingKeys } from './queryKeys';

/** Grants (part of) the amount or rejects (`POST /api/v1/funding/applications/{id}/decision`, If-Match). */
export function useDecideApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: DecisionInput }) =>
      versionedApplication(
        await api.POST('/api/v1/funding/applications/{id}/decision', { params: ifMatch({ id }, etag), body: input }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(fundingKeys.application(updated.application.id), updated);
      await queryClient.invalidateQueries({ queryKey: fundingKeys.all });
    },
  });
}
