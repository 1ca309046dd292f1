import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Project } from '../types';
import { fundingKeys } from './queryKeys';

export type VersionedProject = { project: Project; etag: string };

/** The project as stored now and its ETag, e.g. the latest version in a conflict. */
export async function fetchProject(id: string, signal?: AbortSignal): Promise<VersionedProject> {
  const result = await api.GET('/api/v1/funding/projects/{id}', { params: { path: { id } }, signal });
  const project = unwrap(result);
  return { project, etag: etagOf(result.response, project.version) };
}

/** One project with budget, links and the responsibilities it qualifies (`GET /api/v1/funding/projects/{id}`). */
export function useProject(id: string) {
  return useQuery({ queryKey: fundingKeys.project(id), queryFn: ({ signal }) => fetchProject(id, signal) });
}
