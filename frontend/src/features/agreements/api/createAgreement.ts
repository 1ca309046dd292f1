import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { AgreementInput } from '../types';
import type { VersionedAgreement } from './getAgreement';
import { agreementKeys } from './queryKeys';

/** Creates a draft (`POST /api/v1/agreements`). Fails with an ApiError carrying field errors. */
export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AgreementInput): Promise<VersionedAgreement> => {
      const result = await api.POST('/api/v1/agreements', { body: input });
      const agreement = unwrap(result);
      return { agreement, etag: etagOf(result.response, agreement.version) };
    },
    onSuccess: async (created) => {
      queryClient.setQueryData(agreementKeys.detail(created.agreement.id), created);
      await queryClient.invalidateQueries({ queryKey: agreementKeys.lists() });
    },
  });
}
