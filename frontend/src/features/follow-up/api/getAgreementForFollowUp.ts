import { api, useApiQuery } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** The agreement itself (`GET /api/v1/agreements/{id}`): its title, county and goal areas. */
export function useAgreementForFollowUp(id: string) {
  return useApiQuery([...followUpKeys.agreement(id), 'document'], (signal) =>
    api.GET('/api/v1/agreements/{id}', { params: { path: { id } }, signal }),
  );
}
