import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** §37, §37a, TIA, ESF+, AMIF and other programmes (`GET /api/v1/funding/programmes`). */
export function useProgrammes() {
  return useQuery({
    queryKey: fundingKeys.programmes(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/funding/programmes', { signal })),
  });
}
