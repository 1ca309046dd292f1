import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { SurveyStatus } from '../types';
import { surveyKeys } from './queryKeys';

/** Opens, closes or publishes a survey (`POST /api/v1/surveys/{id}/status`, If-Match). */
export function useChangeSurveyStatus() {
  return useApiMutation(
    ({ id, etag, status }: { id: string; etag: string; status: SurveyStatus }) =>
      api.POST('/api/v1/surveys/{id}/status', { params: ifMatch({ id }, etag), body: { status } }),
    { versioned: 'survey', set: (updated) => surveyKeys.survey(updated.survey.id), stale: () => [surveyKeys.all] },
  );
}
