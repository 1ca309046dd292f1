import { useQuery } from '@tanstack/react-query';
import { api, type Versioned, versioned } from '../../../lib/api';
import type { Project } from '../types';
import { fundingKeys } from './queryKeys';

export type VersionedProject = Versioned<'project', Project>;

/** The project as stored now and its ETag, e.g. the latest version in a conflict. */
export async function fetchProject(id: string, signal?: AbortSignal): Promise<VersionedProject> {
  return versioned('project', await api.GET('/api/v1/funding/projects/{id}', { params: { path: { id } }, signal }));
}

/** One project with budget, links and the responsibilities it qualifies (`GET /api/v1/funding/projects/{id}`). */
export function useProject(id: string) {
  return useQuery({ queryKey: fundingKeys.project(id), queryFn: ({ signal }) => fetchProject(id, signal) });
}
