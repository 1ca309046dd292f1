import { api, useApiMutation } from '../../../lib/api';
import type { GrantInput } from '../types';
import { grantKeys } from './queryKeys';

/** Grants a right (`POST /api/v1/grants`); fails with an ApiError carrying field errors. */
export function useCreateGrant() {
  return useApiMutation((input: GrantInput) => api.POST('/api/v1/grants', { body: input }), {
    invalidate: () => [grantKeys.all],
  });
}
