import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { GoalArea } from '../types';
import { agreementKeys } from './queryKeys';

/** A goal area with the ETag to send back when changing it. */
export type VersionedGoalArea = { goalArea: GoalArea; etag: string };

export async function fetchGoalArea(
  agreementId: string,
  goalAreaId: string,
  signal?: AbortSignal,
): Promise<VersionedGoalArea> {
  const result = await api.GET('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}', {
    params: { path: { agreementId, goalAreaId } },
    signal,
  });
  const goalArea = unwrap(result);
  return { goalArea, etag: etagOf(result.response, goalArea.version) };
}

/** One goal area (`GET …/goal-areas/{goalAreaId}`) and its ETag. */
export function useGoalArea(agreementId: string, goalAreaId: string) {
  return useQuery({
    queryKey: agreementKeys.goalArea(agreementId, goalAreaId),
    queryFn: ({ signal }) => fetchGoalArea(agreementId, goalAreaId, signal),
  });
}
