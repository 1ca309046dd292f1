import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { SurveyInput } from '../types';
import { surveySaved } from './getSurvey';

/** Replaces a draft survey (`PUT /api/v1/surveys/{id}`, If-Match). */
export function useUpdateSurvey() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: SurveyInput }) =>
      api.PUT('/api/v1/surveys/{id}', { params: ifMatch({ id }, etag), body: input }),
    surveySaved,
  );
}
