import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { AgreementInput } from '../types';
import { agreementSaved } from './invalidate';

export type UpdateAgreementVariables = { id: string; etag: string; input: AgreementInput };

/** Replaces an agreement's own fields (`PUT /api/v1/agreements/{id}`) with `If-Match`; 412 when stale. */
export function useUpdateAgreement() {
  return useApiMutation(
    ({ id, etag, input }: UpdateAgreementVariables) =>
      api.PUT('/api/v1/agreements/{id}', { params: ifMatch({ id }, etag), body: input }),
    agreementSaved,
  );
}
