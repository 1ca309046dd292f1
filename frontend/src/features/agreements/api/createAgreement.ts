import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { AgreementInput } from '../types';
import { versionedAgreement } from './getAgreement';
import { useAgreementSaved } from './invalidate';

/** Creates a draft (`POST /api/v1/agreements`). Fails with an ApiError carrying field errors. */
export function useCreateAgreement() {
  return useMutation({
    mutationFn: async (input: AgreementInput) =>
      versionedAgreement(await api.POST('/api/v1/agreements', { body: input })),
    onSuccess: useAgreementSaved(),
  });
}
