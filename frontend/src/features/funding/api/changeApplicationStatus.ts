import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ApplicationStatus } from '../types';
import { applicationSaved } from './getApplication';

/** Submit, withdraw or take into review (`POST /api/v1/funding/applications/{id}/status`, If-Match). */
export function useChangeApplicationStatus() {
  return useApiMutation(
    ({ id, etag, status }: { id: string; etag: string; status: ApplicationStatus }) =>
      api.POST('/api/v1/funding/applications/{id}/status', { params: ifMatch({ id }, etag), body: { status } }),
    applicationSaved,
  );
}
