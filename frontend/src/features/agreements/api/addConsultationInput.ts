import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { ConsultationInputBody } from '../types';
import { agreementKeys } from './queryKeys';

/** Leaves the caller's organisation's input on a section (`POST /api/v1/agreements/{id}/consultation-inputs`). */
export function useAddConsultationInput() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ agreementId, body }: { agreementId: string; body: ConsultationInputBody }) =>
      unwrap(
        await api.POST('/api/v1/agreements/{id}/consultation-inputs', {
          params: { path: { id: agreementId } },
          body,
        }),
      ),
    onSuccess: (_, { agreementId }) => queryClient.invalidateQueries({ queryKey: agreementKeys.one(agreementId) }),
  });
}
