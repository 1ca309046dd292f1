import { useQuery } from '@tanstack/react-query';
import { api, type FetchResult, type Versioned, versioned } from '../../../lib/api';
import type { Survey } from '../types';
import { surveyKeys } from './queryKeys';

export type VersionedSurvey = Versioned<'survey', Survey>;

export function versionedSurvey(result: FetchResult<Survey>): VersionedSurvey {
  return versioned('survey', result);
}

/** One survey with its themes, questions and recipients (`GET /api/v1/surveys/{id}`) and its ETag. */
export function useSurvey(id: string) {
  return useQuery({
    queryKey: surveyKeys.survey(id),
    queryFn: async ({ signal }) =>
      versionedSurvey(await api.GET('/api/v1/surveys/{id}', { params: { path: { id } }, signal })),
  });
}
