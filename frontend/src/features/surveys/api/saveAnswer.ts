import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { AnswerItemInput } from '../types';
import { versionedAnswer } from './getAnswer';
import { surveyKeys } from './queryKeys';

/** Saves the organisation's answer as a draft (`PUT …/answers/{organisationId}`; If-Match after the first save). */
export function useSaveAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      organisationId,
      etag,
      items,
    }: {
      id: string;
      organisationId: string;
      etag?: string;
      items: AnswerItemInput[];
    }) =>
      versionedAnswer(
        await api.PUT('/api/v1/surveys/{id}/answers/{organisationId}', {
          params: { path: { id, organisationId }, header: etag ? { 'If-Match': etag } : {} },
          body: { items },
        }),
      ),
    onSuccess: async (saved, { id, organisationId }) => {
      queryClient.setQueryData(surveyKeys.answer(id, organisationId), saved);
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all, refetchType: 'none' });
    },
  });
}
