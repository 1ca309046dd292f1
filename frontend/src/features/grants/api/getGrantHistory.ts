import { api, useApiQuery } from '../../../lib/api';
import { grantKeys } from './queryKeys';

/** Who granted and revoked one grant, and when (`GET /api/v1/grants/{id}/history`), newest first. */
export function useGrantHistory(id: string) {
  return useApiQuery(grantKeys.history(id), (signal) =>
    api.GET('/api/v1/grants/{id}/history', { params: { path: { id } }, signal }),
  );
}
