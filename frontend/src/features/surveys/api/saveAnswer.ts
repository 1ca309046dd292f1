import { api, useApiMutation } from '../../../lib/api';
import type { AnswerItemInput } from '../types';
import { answerSaved } from './getAnswer';

/** Saves the organisation's answer as a draft (`PUT …/answers/{organisationId}`; If-Match after the first save). */
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
      etag?: string;
      items: AnswerItemInput[];
    }) =>
      api.PUT('/api/v1/surveys/{id}/answers/{organisationId}', {
        params: { path: { id, organisationId }, header: etag ? { 'If-Match': etag } : {} },
        body: { items },
      }),
    answerSaved,
  );
}
