import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { answerSaved } from './getAnswer';

/** Reopens a submitted answer so the organisation can change it (`POST …/answers/{organisationId}/reopening`, If-Match). */
export function useReopenAnswer() {
  return useApiMutation(
    ({ id, organisationId, etag }: { id: string; organisationId: string; etag: string }) =>
      api.POST('/api/v1/surveys/{id}/answers/{organisationId}/reopening', {
        params: ifMatch({ id, organisationId }, etag),
      }),
    answerSaved,
  );
}
