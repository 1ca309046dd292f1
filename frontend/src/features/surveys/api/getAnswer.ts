import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Answer } from '../types';
import { surveyKeys } from './queryKeys';

export type VersionedAnswer = { answer: Answer; etag: string };

export function versionedAnswer(result: { data?: Answer; error?: unknown; response: Response }): VersionedAnswer {
  const answer = unwrap(result);
  return { answer, etag: etagOf(result.response, answer.version) };
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
