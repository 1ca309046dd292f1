import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ProgrammeInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Replaces a programme (`PUT /api/v1/funding/programmes/{id}`, If-Match): administrators. */
export function useUpdateProgramme() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: ProgrammeInput }) =>
      api.PUT('/api/v1/funding/programmes/{id}', { params: ifMatch({ id }, etag), body: input }),
    { invalidate: () => [fundingKeys.all] },
  );
}
