import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/**
 * Sets the responsibilities the project qualifies, "… genom projekt …"
 * (`PUT /api/v1/funding/projects/{id}/responsibilities`, If-Match): the county's coordinator.
 */
export function useQualifyResponsibilities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, responsibilityIds }: { id: string; etag: string; responsibilityIds: string[] }) =>
      unwrap(
        await api.PUT('/api/v1/funding/projects/{id}/responsibilities', {
          params: ifMatch({ id }, etag),
          body: { responsibilityIds },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }),
  });
}
