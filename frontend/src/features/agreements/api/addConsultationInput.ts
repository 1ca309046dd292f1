import { api, useApiMutation } from '../../../lib/api';
import type { ConsultationInputBody } from '../types';
import { agreementKeys } from './queryKeys';

/** Leaves the caller's organisation's input on a section (`POST /api/v1/agreements/{id}/consultation-inputs`). */
export function useAddConsultationInput() {
  return useApiMutation(
    ({ agreementId, body }: { agreementId: string; body: ConsultationInputBody }) =>
      api.POST('/api/v1/agreements/{id}/consultation-inputs', {
        params: { path: { id: agreementId } },
        body,
      }),
    { invalidate: (_, { agreementId }) => [agreementKeys.one(agreementId)] },
  );
}
