import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Call } from '../types';
import { fundingKeys } from './queryKeys';

export type VersionedCall = { call: Call; etag: string };

export function versionedCall(result: { data?: Call; error?: unknown; response: Response }): VersionedCall {
  const call = unwrap(result);
  return { call, etag: etagOf(result.response, call.version) };
}

/** The call as stored now, e.g. the latest version in a conflict. */
export async function fetchCall(id: string, signal?: AbortSignal): Promise<VersionedCall> {
  return versionedCall(await api.GET('/api/v1/funding/calls/{id}', { params: { path: { id } }, signal }));
}

/** One call with its priorities (`GET /api/v1/funding/calls/{id}`) and its ETag. */
export function useCall(id: string) {
  return useQuery({
    queryKey: fundingKeys.call(id),
    queryFn: ({ signal }) => fetchCall(id, signal),
  });
}
