import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export const followsKey = ['notifications', 'follows'] as const;

/** What I follow (`GET /api/v1/follows`). */
export function useFollows(enabled: boolean) {
  return useQuery({
    queryKey: followsKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/follows', { signal })),
    enabled,
  });
}
