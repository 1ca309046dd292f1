import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { statusReportKeys } from './queryKeys';

/**
 * Submits or replaces an organisation's contribution, one text per theme, or saves it as a draft only the organisation
 * sees (`PUT …/contributions/{organisationId}`).
 */
export function usePutContribution() {
  return useApiMutation(
    ({
      id,
      organisationId,
      etag,
      entries,
      draft,
    }: {
      id: string;
      organisationId: string;
      etag: string;
      entries: { theme: string; text: string }[];
      draft: boolean;
    }) =>
      api.PUT('/api/v1/status-reports/{id}/contributions/{organisationId}', {
        params: ifMatch({ id, organisationId }, etag),
        body: { entries, draft },
      }),
    { invalidate: (_, { id }) => [statusReportKeys.detail(id)] },
  );
}
