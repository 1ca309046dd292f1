import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Option } from '../../../design-system';
import { api, unwrap, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** Registered projects whose name matches, for an activity's source (`GET /api/v1/funding/projects?q=`). */
export function useFundingProjectOptions(search: string | undefined): Option[] {
  const q = search?.trim() ?? '';
  const projects = useApiQuery(
    followUpKeys.fundingProjects(q),
    (signal) => api.GET('/api/v1/funding/projects', { params: { query: { q: q || undefined, size: 20 } }, signal }),
    { placeholderData: keepPreviousData },
  );
  return (projects.data?.items ?? []).map((project) => ({ id: project.id, label: project.name }));
}

/** The name of the project an activity comes from (`GET /api/v1/funding/projects/{id}`); it follows renames. */
export function useFundingProjectName(id: string | null) {
  return useQuery({
    queryKey: followUpKeys.fundingProject(id ?? ''),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/funding/projects/{id}', { params: { path: { id: id ?? '' } }, signal })).name,
    enabled: id !== null,
  });
}
