import { useQuery } from '@tanstack/react-query';
import { api, type Versioned, versioned } from '../../../lib/api';
import type { GoalArea } from '../types';
import { agreementKeys } from './queryKeys';

/** A goal area with the ETag to send back when changing it. */
export type VersionedGoalArea = Versioned<'goalArea', GoalArea>;

export async function fetchGoalArea(
  agreementId: string,
  goalAreaId: string,
  signal?: AbortSignal,
): Promise<VersionedGoalArea> {
  return versioned(
    'goalArea',
    await api.GET('/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}', {
      params: { path: { agreementId, goalAreaId } },
      signal,
    }),
  );
}

/** One goal area (`GET …/goal-areas/{goalAreaId}`) and its ETag. */
export function useGoalArea(agreementId: string, goalAreaId: string) {
  return useQuery({
    queryKey: agreementKeys.goalArea(agreementId, goalAreaId),
    queryFn: ({ signal }) => fetchGoalArea(agreementId, goalAreaId, signal),
  });
}
