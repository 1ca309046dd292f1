import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../../lib/api';
import type { Agreement } from '../types';
import { agreementKeys } from './queryKeys';

/** An agreement with the ETag to send back when changing it. */
export type VersionedAgreement = { agreement: Agreement; etag: string };

export async function fetchAgreement(id: string, signal?: AbortSignal): Promise<VersionedAgreement> {
  const result = await api.GET('/api/v1/agreements/{id}', { params: { path: { id } }, signal });
  const agreement = unwrap(result);
  return { agreement, etag: etagOf(result.response, agreement.version) };
}

/** One agreement as a document (`GET /api/v1/agreements/{id}`) and its ETag. */
export function useAgreement(id: string) {
  return useQuery({
    queryKey: agreementKeys.detail(id),
    queryFn: ({ signal }) => fetchAgreement(id, signal),
  });
}
