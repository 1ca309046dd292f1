import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type components } from '../api';

export type Me = components['schemas']['Session'];

export const meQueryKey = ['me'] as const;

/** Who the caller is and what they may do (`GET /api/v1/me`); works without login too. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/me', { signal })),
    staleTime: 5 * 60 * 1000,
  });
}
