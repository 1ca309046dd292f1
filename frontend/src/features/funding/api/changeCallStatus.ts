import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { CallStatus } from '../types';
import { callSaved } from './getCall';

/** Opens or closes a call (`POST /api/v1/funding/calls/{id}/status`, If-Match). */
export function useChangeCallStatus() {
  return useApiMutation(
    ({ id, etag, status }: { id: string; etag: string; status: CallStatus }) =>
      api.POST('/api/v1/funding/calls/{id}/status', { params: ifMatch({ id }, etag), body: { status } }),
    callSaved,
  );
}
