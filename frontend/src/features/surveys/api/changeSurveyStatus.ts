import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { SurveyStatus } from '../types';
import { surveySaved } from './getSurvey';

/** Opens, closes or publishes a survey (`POST /api/v1/surveys/{id}/status`, If-Match). */
export function useChangeSurveyStatus() {
  return useApiMutation(
    ({ id, etag, status }: { id: string; etag: string; status: SurveyStatus }) =>
      api.POST('/api/v1/surveys/{id}/status', { params: ifMatch({ id }, etag), body: { status } }),
    surveySaved,
  );
}
