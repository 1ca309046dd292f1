import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap, useApiQuery } from '../../../lib/api';
import { strategyKeys } from './queryKeys';

function readAnalysis(agreementId: string, signal?: AbortSignal) {
  return api.GET('/api/v1/agreements/{agreementId}/analysis', { params: { path: { agreementId } }, signal });
}

/** Gap findings and possible areas of action (`GET /api/v1/agreements/{agreementId}/analysis`). */
export function useAnalysis(agreementId: string) {
  return useApiQuery(strategyKeys.analysis(agreementId), (signal) => readAnalysis(agreementId, signal));
}

/**
 * The analysis as stored now, read past the page's cache (`read`): an edit form's latest version after a 412, while the
 * page keeps what it showed (a part that moved on the page would lose its form); `refresh` reads the page's copy again.
 */
export function useLatestAnalysis(agreementId: string) {
  const queryClient = useQueryClient();
  return {
    read: async () => unwrap(await readAnalysis(agreementId)),
    refresh: () => void queryClient.invalidateQueries({ queryKey: strategyKeys.analysis(agreementId) }),
  };
}
