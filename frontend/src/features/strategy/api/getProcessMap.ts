import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap, useApiQuery } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

function readProcessMap(agreementId: string, signal?: AbortSignal) {
  return api.GET('/api/v1/agreements/{agreementId}/process', { params: { path: { agreementId } }, signal });
}

/** An agreement's process map (`GET /api/v1/agreements/{agreementId}/process`); each phase carries its version. */
export function useProcessMap(agreementId: string) {
  return useApiQuery(strategyKeys.process(agreementId), (signal) => readProcessMap(agreementId, signal));
}

/**
 * The process map as stored now, read past the page's cache (`read`): an edit form's latest version after a 412, while the
 * page keeps what it showed (a part that moved on the page would lose its form); `refresh` reads the page's copy again.
 */
export function useLatestProcessMap(agreementId: string) {
  const queryClient = useQueryClient();
  return {
    read: async () => unwrap(await readProcessMap(agreementId)),
    refresh: () => void queryClient.invalidateQueries({ queryKey: strategyKeys.process(agreementId) }),
  };
}
