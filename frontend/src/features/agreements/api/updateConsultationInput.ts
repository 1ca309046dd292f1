import { api, ifMatch, useApiMutation } from '../../../lib/api';
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
  return useApiMutation(
    ({ agreementId, inputId, etag, body }: UpdateConsultationInputVariables) =>
      api.PUT('/api/v1/agreements/{id}/consultation-inputs/{inputId}', {
        params: ifMatch({ id: agreementId, inputId }, etag),
        body,
      }),
    { invalidate: (_, { agreementId }) => [agreementKeys.one(agreementId)] },
  );
}
