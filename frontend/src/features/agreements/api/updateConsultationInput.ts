import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { ConsultationInputBody } from '../types';
import { agreementKeys } from './queryKeys';

export type UpdateConsultationInputVariables = {
  agreementId: string;
  inputId: string;
  etag: string;
  body: ConsultationInputBody;
};

/** Changes one's input while the consultation is open (`PUT …/consultation-inputs/{inputId}`, with `If-Match`). */
export function useUpdateConsultationInput() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ agreementId, inputId, etag, body }: UpdateConsultationInputVariables) =>
      unwrap(
        await api.PUT('/api/v1/agreements/{id}/consultation-inputs/{inputId}', {
          params: ifMatch({ id: agreementId, inputId }, etag),
          body,
        }),
      ),
    onSuccess: (_, { agreementId }) => queryClient.invalidateQueries({ queryKey: agreementKeys.one(agreementId) }),
  });
}
