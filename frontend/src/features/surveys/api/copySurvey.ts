import { api, type components, useApiMutation } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

/** Copies a survey to a new draft, keeping its question keys (`POST /api/v1/surveys/{id}/copy`). */
export function useCopySurvey() {
  return useApiMutation(
    ({ id, input }: { id: string; input: components['schemas']['SurveyCopyInput'] }) =>
      api.POST('/api/v1/surveys/{id}/copy', { params: { path: { id } }, body: input }),
    { invalidate: () => [surveyKeys.all] },
  );
}
