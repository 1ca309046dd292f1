import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { CallInput } from '../types';
import { callSaved } from './getCall';

/** Replaces a call with its priorities (`PUT /api/v1/funding/calls/{id}`, If-Match): the county's coordinator. */
export function useUpdateCall() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: CallInput }) =>
      api.PUT('/api/v1/funding/calls/{id}', { params: ifMatch({ id }, etag), body: input }),
    callSaved,
  );
}
