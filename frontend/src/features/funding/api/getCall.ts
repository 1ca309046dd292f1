import { useQuery } from '@tanstack/react-query';
import { api, type Saved, type Versioned, versioned } from '../../../lib/api';
import type { Call } from '../types';
import { fundingKeys } from './queryKeys';

export type VersionedCall = Versioned<'call', Call>;

/** The call as stored now, e.g. the latest version in a conflict. */
export async function fetchCall(id: string, signal?: AbortSignal): Promise<VersionedCall> {
  return versioned('call', await api.GET('/api/v1/funding/calls/{id}', { params: { path: { id } }, signal }));
}

/** One call with its priorities (`GET /api/v1/funding/calls/{id}`) and its ETag. */
export function useCall(id: string) {
  return useQuery({ queryKey: fundingKeys.call(id), queryFn: ({ signal }) => fetchCall(id, signal) });
}

/** After a change the server answered with the call: that is it now; the rest of funding is stale until shown again. */
export const callSaved = {
  versioned: 'call',
  set: (saved) => fundingKeys.call(saved.call.id),
  stale: () => [fundingKeys.all],
} as const satisfies Saved<'call', Call>;
