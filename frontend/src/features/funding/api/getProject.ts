import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** One project with budget, links and the responsibilities it qualifies (`GET /api/v1/funding/projects/{id}`). */
export function useProject(id: string) {
  return useQuery({
    queryKey: fundingKeys.project(id),
    queryFn: async ({ signal }) => {
      const result = await api.GET('/api/v1/funding/projects/{id}', { params: { path: { id } }, signal });
      const project = unwrap(result);
      return { project, etag: etagOf(result.response, project.version) };
    },
  });
}
