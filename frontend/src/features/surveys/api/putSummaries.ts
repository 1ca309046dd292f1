import { api, ifMatch, useApiMutation } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

/** Writes the summaries (Läget) of the themes (`PUT /api/v1/surveys/{id}/summaries`, If-Match). */
export function usePutSummaries() {
  return useApiMutation(
    ({ id, etag, summaries }: { id: string; etag: string; summaries: { themeId: string; text: string }[] }) =>
      api.PUT('/api/v1/surveys/{id}/summaries', { params: ifMatch({ id }, etag), body: { summaries } }),
    { versioned: 'survey', set: (updated) => surveyKeys.survey(updated.survey.id), invalidate: () => [surveyKeys.all] },
  );
}
