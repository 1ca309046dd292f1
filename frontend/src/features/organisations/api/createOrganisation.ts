import { api, useApiMutation } from '../../../lib/api';
import type { OrganisationInput } from '../types';
import { organisationKeys } from './queryKeys';

/** Registers an organisation (`POST /api/v1/organisations`). Fails with an ApiError carrying field errors. */
export function useCreateOrganisation() {
  return useApiMutation((input: OrganisationInput) => api.POST('/api/v1/organisations', { body: input }), {
    versioned: 'organisation',
    set: (created) => organisationKeys.detail(created.organisation.id),
    invalidate: () => [organisationKeys.lists()],
  });
}
