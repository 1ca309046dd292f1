import { api, useApiMutation } from '../../../lib/api';
import type { ProgrammeInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Registers a programme (`POST /api/v1/funding/programmes`): administrators. */
export function useCreateProgramme() {
  return useApiMutation((input: ProgrammeInput) => api.POST('/api/v1/funding/programmes', { body: input }), {
    invalidate: () => [fundingKeys.all],
  });
}
