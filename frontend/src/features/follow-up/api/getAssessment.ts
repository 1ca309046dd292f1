import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Assessment } from '../types';
import { followUpKeys } from './queryKeys';

export type VersionedAssessment = { assessment: Assessment; etag: string };

export function versionedAssessment(result: {
  data?: Assessment;
  error?: unknown;
  response: Response;
}): VersionedAssessment {
  const assessment = unwrap(result);
  return { assessment, etag: etagOf(result.response, assessment.version) };
}

export async function fetchAssessment(id: string, signal?: AbortSignal): Promise<VersionedAssessment> {
  return versionedAssessment(await api.GET('/api/v1/assessments/{id}', { params: { path: { id } }, signal }));
}

/** One assessment (`GET /api/v1/assessments/{id}`) and its ETag. */
export function useAssessment(id: string) {
  return useQuery({ queryKey: followUpKeys.assessment(id), queryFn: ({ signal }) => fetchAssessment(id, signal) });
}
