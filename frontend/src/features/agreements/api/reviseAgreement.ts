import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { versionedAgreement } from './getAgreement';
import { useInvalidateAgreement } from './invalidate';

/**
 * Starts a new version of an adopted agreement (`POST /api/v1/agreements/{id}/revisions`): a draft copying its text,
 * parties, goal areas and responsibilities, which supersedes it once adopted. Answers the new draft.
 */
export function useReviseAgreement() {
  const invalidate = useInvalidateAgreement();
  return useMutation({
    mutationFn: async ({ id }: { id: string }) =>
      versionedAgreement(await api.POST('/api/v1/agreements/{id}/revisions', { params: { path: { id } } })),
    onSuccess: (_, { id }) => invalidate(id),
  });
}
