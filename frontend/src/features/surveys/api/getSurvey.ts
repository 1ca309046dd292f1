import { api, type Saved, useVersionedQuery, type Versioned } from '../../../lib/api';
import type { Survey } from '../types';
import { surveyKeys } from './queryKeys';

export type VersionedSurvey = Versioned<'survey', Survey>;

/** One survey with its themes, questions and recipients (`GET /api/v1/surveys/{id}`) and its ETag. */
export function useSurvey(id: string) {
  return useVersionedQuery('survey', surveyKeys.survey(id), (signal) =>
    api.GET('/api/v1/surveys/{id}', { params: { path: { id } }, signal }),
  );
}

/** After a change the server answered with the survey: that is it now; lists and results are stale until shown again. */
export const surveySaved = {
  versioned: 'survey',
  set: (saved) => surveyKeys.survey(saved.survey.id),
  stale: () => [surveyKeys.all],
} as const satisfies Saved<'survey', Survey>;
