import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { ProjectInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Replaces a project (`PUT /api/v1/funding/projects/{id}`, If-Match): its owner's members or the coordinator. */
export function useUpdateProject() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: ProjectInput }) =>
      api.PUT('/api/v1/funding/projects/{id}', { params: ifMatch({ id }, etag), body: input }),
    { invalidate: () => [fundingKeys.all] },
  );
}
