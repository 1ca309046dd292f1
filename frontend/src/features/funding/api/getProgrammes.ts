import { api, useApiQuery } from '../../../lib/api';
import { fundingKeys } from './queryKeys';

/** §37, §37a, TIA, ESF+, AMIF and other programmes (`GET /api/v1/funding/programmes`). */
export function useProgrammes() {
  return useApiQuery(fundingKeys.programmes(), (signal) => api.GET('/api/v1/funding/programmes', { signal }));
}
