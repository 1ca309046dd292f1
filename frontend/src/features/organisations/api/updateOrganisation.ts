import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { OrganisationInput } from '../types';
import { organisationKeys } from './queryKeys';

export type UpdateOrganisationVariables = { id: string; etag: string; input: OrganisationInput };

/**
 * Replaces an organisation (`PUT /api/v1/organisations/{id}`) with `If-Match` set to the ETag that was read,
 * so the server refuses (412) a change based on a version someone else has changed meanwhile.
 */
export function useUpdateOrganisation() {
  return useApiMutation(
    ({ id, etag, input }: UpdateOrganisationVariables) =>
      api.PUT('/api/v1/organisations/{id}', { params: ifMatch({ id }, etag), body: input }),
    {
      versioned: 'organisation',
      set: (updated) => organisationKeys.detail(updated.organisation.id),
      stale: () => [organisationKeys.all],
    },
  );
}
