import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { surveyKeys } from './queryKeys';
import { surveySaved } from './getSurvey';

/** Writes the summaries (Läget) of the themes (`PUT /api/v1/surveys/{id}/summaries`, If-Match). */
export function usePutSummaries() {
  return useApiMutation(
    ({ id, etag, summaries }: { id: string; etag: string; summaries: { themeId: string; text: string }[] }) =>
      api.PUT('/api/v1/surveys/{id}/summaries', { params: ifMatch({ id }, etag), body: { summaries } }),
    { ...surveySaved, invalidate: () => [surveyKeys.all] },
  );
}
