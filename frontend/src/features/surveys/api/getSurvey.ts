import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Survey } from '../types';
import { surveyKeys } from './queryKeys';

export type VersionedSurvey = { survey: Survey; etag: string };

export function versionedSurvey(result: { data?: Survey; error?: unknown; response: Response }): VersionedSurvey {
  const survey = unwrap(result);
  return { survey, etag: etagOf(result.response, survey.version) };
}

/** One survey with its themes, questions and recipients (`GET /api/v1/surveys/{id}`) and its ETag. */
export function useSurvey(id: string) {
  return useQuery({
    queryKey: surveyKeys.survey(id),
    queryFn: async ({ signal }) =>
      versionedSurvey(await api.GET('/api/v1/surveys/{id}', { params: { path: { id } }, signal })),
  });
}
