import { api, useApiMutation } from '../../../lib/api';
import { agreementChanged } from './invalidate';

/**
 * Starts a new version of an adopted agreement (`POST /api/v1/agreements/{id}/revisions`): a draft copying its text,
 * parties, goal areas and responsibilities, which supersedes it once adopted. Answers the new draft.
 */
export function useReviseAgreement() {
  return useApiMutation(
    ({ id }: { id: string }) => api.POST('/api/v1/agreements/{id}/revisions', { params: { path: { id } } }),
    { versioned: 'agreement', invalidate: (_, { id }) => agreementChanged(id) },
  );
}
