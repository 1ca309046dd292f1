import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ApplicationInput } from '../types';
import { applicationSaved } from './getApplication';

/** Replaces a draft application (`PUT /api/v1/funding/applications/{id}`, If-Match): the applicant's members. */
export function useUpdateApplication() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: ApplicationInput }) =>
      api.PUT('/api/v1/funding/applications/{id}', { params: ifMatch({ id }, etag), body: input }),
    applicationSaved,
  );
}
