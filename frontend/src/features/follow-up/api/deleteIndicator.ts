import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/**
 * Removes an indicator with its targets and values (`DELETE /api/v1/indicators/{id}`, If-Match); refused while
 * follow-up assessments report values for it (`indicator-in-use`).
 */
export function useDeleteIndicator() {
  return useApiMutation(
    ({ id, etag }: { id: string; agreementId: string; etag: string }) =>
      api.DELETE('/api/v1/indicators/{id}', { params: ifMatch({ id }, etag) }),
    // The removed indicator is not read again (it is gone); its agreement's lists are.
    {
      remove: ({ id }) => followUpKeys.indicator(id),
      invalidate: (_, { agreementId }) => [followUpKeys.agreement(agreementId)],
    },
  );
}
