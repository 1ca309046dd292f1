import { api, useApiQuery, type Versioned } from '../../../lib/api';
import type { Survey } from '../types';
import { surveyKeys } from './queryKeys';

export type VersionedSurvey = Versioned<'survey', Survey>;

/** One survey with its themes, questions and recipients (`GET /api/v1/surveys/{id}`) and its ETag. */
export function useSurvey(id: string) {
  return useApiQuery(
    surveyKeys.survey(id),
    (signal) => api.GET('/api/v1/surveys/{id}', { params: { path: { id } }, signal }),
    { versioned: 'survey' },
  );
}
