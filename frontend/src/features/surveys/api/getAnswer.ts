import { api, type Saved, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { Answer } from '../types';
import { surveyKeys } from './queryKeys';

export type VersionedAnswer = Versioned<'answer', Answer>;

/** An organisation's answer (`GET /api/v1/surveys/{id}/answers/{organisationId}`) and its ETag. */
export function useAnswer(id: string, organisationId: string) {
  return useVersionedQuery('answer', surveyKeys.answer(id, organisationId), (signal) =>
    api.GET('/api/v1/surveys/{id}/answers/{organisationId}', { params: { path: { id, organisationId } }, signal }),
  );
}

/** After a change the server answered with the organisation's answer: that is it now; the rest is stale until shown again. */
export const answerSaved = {
  versioned: 'answer',
  set: (_, { id, organisationId }) => surveyKeys.answer(id, organisationId),
  stale: () => [surveyKeys.all],
} as const satisfies Saved<'answer', Answer, { id: string; organisationId: string }>;
