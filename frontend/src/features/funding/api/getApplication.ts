import { useQuery } from '@tanstack/react-query';
import { api, type Saved, type Versioned, versioned } from '../../../lib/api';
import type { Application } from '../types';
import { fundingKeys } from './queryKeys';

export type VersionedApplication = Versioned<'application', Application>;

/** The application as stored now, e.g. the latest version in a conflict. */
export async function fetchApplication(id: string, signal?: AbortSignal): Promise<VersionedApplication> {
  return versioned(
    'application',
    await api.GET('/api/v1/funding/applications/{id}', { params: { path: { id } }, signal }),
  );
}

/** One application (`GET /api/v1/funding/applications/{id}`) and its ETag; not public. */
export function useApplication(id: string) {
  return useQuery({ queryKey: fundingKeys.application(id), queryFn: ({ signal }) => fetchApplication(id, signal) });
}

/** After a change the server answered with the application: that is it now; the rest of funding is stale until shown again. */
export const applicationSaved = {
  versioned: 'application',
  set: (saved) => fundingKeys.application(saved.application.id),
  stale: () => [fundingKeys.all],
} as const satisfies Saved<'application', Application>;
