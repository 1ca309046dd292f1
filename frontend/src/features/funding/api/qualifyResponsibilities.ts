import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/**
 * Sets the responsibilities the project qualifies, "… genom projekt …"
 * (`PUT /api/v1/funding/projects/{id}/responsibilities`, If-Match): the county's coordinator.
 */
export function useQualifyResponsibilities() {
  return useApiMutation(
    ({ id, etag, responsibilityIds }: { id: string; etag: string; responsibilityIds: string[] }) =>
      api.PUT('/api/v1/funding/projects/{id}/responsibilities', {
        params: ifMatch({ id }, etag),
        body: { responsibilityIds },
      }),
    { versioned: 'project', invalidate: () => [fundingKeys.all] },
  );
}
