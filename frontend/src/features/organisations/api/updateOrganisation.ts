import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, ifMatch, unwrap } from '../../../lib/api';
import type { OrganisationInput } from '../types';
import type { VersionedOrganisation } from './getOrganisation';
import { organisationKeys } from './queryKeys';

export type UpdateOrganisationVariables = { id: string; etag: string; input: OrganisationInput };

/**
 * Replaces an organisation (`PUT /api/v1/organisations/{id}`) with `If-Match` set to the ETag that was read,
 * so the server refuses (412) a change based on a version someone else has changed meanwhile.
 */
export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: UpdateOrganisationVariables): Promise<VersionedOrganisation> => {
      const result = await api.PUT('/api/v1/organisations/{id}', { params: ifMatch({ id }, etag), body: input });
      const organisation = unwrap(result);
      return { organisation, etag: etagOf(result.response, organisation.version) };
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(organisationKeys.detail(updated.organisation.id), updated);
      await queryClient.invalidateQueries({ queryKey: organisationKeys.all, refetchType: 'none' });
    },
  });
}
