import { useQuery } from '@tanstack/react-query';
import { api, type Versioned, versioned } from '../../../lib/api';
import type { Agreement } from '../types';
import { agreementKeys } from './queryKeys';

/** An agreement with the ETag to send back when changing it. */
export type VersionedAgreement = Versioned<'agreement', Agreement>;

export async function fetchAgreement(id: string, signal?: AbortSignal): Promise<VersionedAgreement> {
  return versioned('agreement', await api.GET('/api/v1/agreements/{id}', { params: { path: { id } }, signal }));
}

/** One agreement as a document (`GET /api/v1/agreements/{id}`) and its ETag. */
export function useAgreement(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: agreementKeys.detail(id),
    queryFn: ({ signal }) => fetchAgreement(id, signal),
    enabled: options.enabled ?? true,
  });
}
