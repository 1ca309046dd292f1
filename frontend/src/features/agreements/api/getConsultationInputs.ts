import { api, useApiQuery } from '../../../lib/api';
import { agreementKeys } from './queryKeys';

/**
 * The parties' consultation input the caller may read (`GET /api/v1/agreements/{id}/consultation-inputs`): all of it
 * for those who manage the agreement, a party's own otherwise.
 */
export function useConsultationInputs(id: string, options: { enabled?: boolean } = {}) {
  return useApiQuery(
    agreementKeys.consultation(id),
    (signal) => api.GET('/api/v1/agreements/{id}/consultation-inputs', { params: { path: { id } }, signal }),
    { enabled: options.enabled ?? true },
  );
}
