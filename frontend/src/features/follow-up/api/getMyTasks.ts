import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The follow-up tasks of the caller's organisation and its sub-units (`GET /api/v1/assessments/mine`). */
export function useMyTasks(enabled: boolean) {
  return useQuery({
    queryKey: followUpKeys.mine(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/assessments/mine', { signal })),
    enabled,
  });
}
