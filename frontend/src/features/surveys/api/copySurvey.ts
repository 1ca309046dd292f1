import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type components } from '../../../lib/api';
import { surveyKeys } from './queryKeys';

/** Copies a survey to a new draft, keeping its question keys (`POST /api/v1/surveys/{id}/copy`). */
export function useCopySurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: components['schemas']['SurveyCopyInput'] }) =>
      unwrap(await api.POST('/api/v1/surveys/{id}/copy', { params: { path: { id } }, body: input })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
}
