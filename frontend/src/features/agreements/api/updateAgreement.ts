import { useMutation } from '@tanstack/react-query';
import { api, ifMatch } from '../../../lib/api';
import type { AgreementInput } from '../types';
import { versionedAgreement } from './getAgreement';
import { useAgreementSaved } from './invalidate';

export type UpdateAgreementVariables = { id: string; etag: string; input: AgreementInput };

/** Replaces an agreement's own fields (`PUT /api/v1/agreements/{id}`) with `If-Match`; 412 when stale. */
export function useUpdateAgreement() {
  return useMutation({
    mutationFn: async ({ id, etag, input }: UpdateAgreementVariables) =>
      versionedAgreement(await api.PUT('/api/v1/agreements/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: useAgreementSaved(),
  });
}
