import { useQuery } from '@tanstack/react-query';
import { api, type Versioned, versioned } from '../../../lib/api';
import type { Assessment } from '../types';
import { followUpKeys } from './queryKeys';

export type VersionedAssessment = Versioned<'assessment', Assessment>;

export async function fetchAssessment(id: string, signal?: AbortSignal): Promise<VersionedAssessment> {
  return versioned('assessment', await api.GET('/api/v1/assessments/{id}', { params: { path: { id } }, signal }));
}

/** One assessment (`GET /api/v1/assessments/{id}`) and its ETag. */
export function useAssessment(id: string) {
  return useQuery({ queryKey: followUpKeys.assessment(id), queryFn: ({ signal }) => fetchAssessment(id, signal) });
}
