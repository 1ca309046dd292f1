import { api, useApiMutation } from '../../../lib/api';
import type { AgreementInput } from '../types';
import { agreementSaved } from './invalidate';

/** Creates a draft (`POST /api/v1/agreements`). Fails with an ApiError carrying field errors. */
export function useCreateAgreement() {
  return useApiMutation((input: AgreementInput) => api.POST('/api/v1/agreements', { body: input }), agreementSaved);
}
