import { api, useApiMutation } from '../../../lib/api';
import type { CallInput } from '../types';
import { fundingKeys } from './queryKeys';

/** Drafts a call (`POST /api/v1/funding/calls`): the county's coordinator. */
export function useCreateCall() {
  return useApiMutation((input: CallInput) => api.POST('/api/v1/funding/calls', { body: input }), {
    invalidate: () => [fundingKeys.all],
  });
}
