import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The agreement itself (`GET /api/v1/agreements/{id}`): its title, county and goal areas. */
export function useAgreementForFollowUp(id: string) {
  return useQuery({
    queryKey: [...followUpKeys.agreement(id), 'document'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/agreements/{id}', { params: { path: { id } }, signal })),
  });
}
