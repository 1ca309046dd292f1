import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { OrganisationInput } from '../types';
import type { VersionedOrganisation } from './getOrganisation';
import { organisationKeys } from './queryKeys';

/** Registers an organisation (`POST /api/v1/organisations`). Fails with an ApiError carrying field errors. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: OrganisationInput): Promise<VersionedOrganisation> => {
      const result = await api.POST('/api/v1/organisations', { body: input });
      const organisation = unwrap(result);
      return { organisation, etag: etagOf(result.response, organisation.version) };
    },
    onSuccess: async (created) => {
      queryClient.setQueryData(organisationKeys.detail(created.organisation.id), created);
      await queryClient.invalidateQueries({ queryKey: organisationKeys.lists() });
    },
  });
}
