import { useQuery } from '@tanstack/react-query';
import { api, type FetchResult, type Versioned, versioned } from '../../../lib/api';
import type { Answer } from '../types';
import { surveyKeys } from './queryKeys';

export type VersionedAnswer = Versioned<'answer', Answer>;

export function versionedAnswer(result: FetchResult<Answer>): VersionedAnswer {
  return versioned('answer', result);
}

/** An organisation's answer (`GET /api/v1/surveys/{id}/answers/{organisationId}`) and its ETag. */
export function useAnswer(id: string, organisationId: string) {
  return useQuery({
    queryKey: surveyKeys.answer(id, organisationId),
    queryFn: async ({ signal }) =>
      versionedAnswer(
        await api.GET('/api/v1/surveys/{id}/answers/{organisationId}', {
          params: { path: { id, organisationId } },
          signal,
        }),
      ),
  });
}
