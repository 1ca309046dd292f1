import { api, useApiMutation } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** Sets a due date for the project's accounting (`POST /api/v1/funding/projects/{id}/accounts`): the coordinator. */
export function useCreateAccount() {
  return useApiMutation(
    ({ projectId, dueOn }: { projectId: string; dueOn: string }) =>
      api.POST('/api/v1/funding/projects/{id}/accounts', {
        params: { path: { id: projectId } },
        body: { dueOn },
      }),
    { invalidate: () => [fundingKeys.all] },
  );
}
