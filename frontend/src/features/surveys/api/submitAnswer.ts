import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { answerSaved } from './getAnswer';

/** Submits the organisation's answer (`POST …/answers/{organisationId}/submission`, If-Match). */
export function useSubmitAnswer() {
  return useApiMutation(
    ({ id, organisationId, etag }: { id: string; organisationId: string; etag: string }) =>
      api.POST('/api/v1/surveys/{id}/answers/{organisationId}/submission', {
        params: ifMatch({ id, organisationId }, etag),
      }),
    answerSaved,
  );
}
