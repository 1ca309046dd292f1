import { api, useApiMutation } from '../../../lib/api';
import type { AnswerItemInput } from '../types';
import { answerSaved } from './getAnswer';

/**
 * Saves the organisation's answer as a draft (`PUT …/answers/{organisationId}`): with If-Match the version read;
 * without one (nobody had started it) it is created only if it is still absent (`If-None-Match: *`), so an answer
 * another member started meanwhile is a 412, not replaced.
 */
export function useSaveAnswer() {
  return useApiMutation(
    ({
      id,
      organisationId,
      etag,
      items,
    }: {
      id: string;
      organisationId: string;
      /** The version read; none when the organisation had not started its answer. */
      etag?: string;
      items: AnswerItemInput[];
    }) =>
      api.PUT('/api/v1/surveys/{id}/answers/{organisationId}', {
        params: { path: { id, organisationId }, header: etag ? { 'If-Match': etag } : { 'If-None-Match': '*' } },
        body: { items },
      }),
    answerSaved,
  );
}
