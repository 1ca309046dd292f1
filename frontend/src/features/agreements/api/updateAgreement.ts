import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { AgreementInput } from '../types';
import type { VersionedAgreement } from './getAgreement';
import { useInvalidateAgreement } from './invalidate';
import { agreementKeys } from './queryKeys';

export type UpdateAgreementVariables = { id: string; etag: string; input: AgreementInput };

/** Replaces an agreement's own fields (`PUT /api/v1/agreements/{id}`) with `If-Match`; 412 when stale. */
export function useUpdateAgreement() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ id, etag, input }: UpdateAgreementVariables): Promise<VersionedAgreement> => {
      const result = await api.PUT('/api/v1/agreements/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: input,
      });
      const agreement = unwrap(result);
      return { agreement, etag: etagOf(result.response, agreement.version) };
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(agreementKeys.detail(updated.agreement.id), updated);
      await invalidate(updated.agreement.id);
    },
  });
}
