import { api, useApiMutation } from '../../../lib/api';
import type { ApplicationInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Starts an application to an open call (`POST /api/v1/funding/calls/{id}/applications`), as a draft. */
export function useCreateApplication() {
  return useApiMutation(
    ({ callId, input }: { callId: string; input: ApplicationInput }) =>
      api.POST('/api/v1/funding/calls/{id}/applications', { params: { path: { id: callId } }, body: input }),
    { invalidate: () => [fundingKeys.all] },
  );
}
