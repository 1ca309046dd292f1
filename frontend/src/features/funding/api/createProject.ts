import { api, useApiMutation } from '../../../lib/api';
import type { ProjectInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Registers a project funded elsewhere (`POST /api/v1/funding/projects`): the county's coordinator. */
export function useCreateProject() {
  return useApiMutation((input: ProjectInput) => api.POST('/api/v1/funding/projects', { body: input }), {
    invalidate: () => [fundingKeys.all],
  });
}
