import { api, useApiQuery, type Versioned } from '../../../lib/api';
import type { Answer } from '../types';
import { surveyKeys } from './queryKeys';

export type VersionedAnswer = Versioned<'answer', Answer>;

/** An organisation's answer (`GET /api/v1/surveys/{id}/answers/{organisationId}`) and its ETag. */
export function useAnswer(id: string, organisationId: string) {
  return useApiQuery(
    surveyKeys.answer(id, organisationId),
    (signal) =>
      api.GET('/api/v1/surveys/{id}/answers/{organisationId}', {
        params: { path: { id, organisationId } },
        signal,
      }),
    { versioned: 'answer' },
  );
}
