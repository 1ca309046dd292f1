import { api, ifMatch, useApiMutation } from '../../../lib/api';
import type { IndicatorInput } from '../types';
import { followUpChanged } from './invalidate';

/** Defines an indicator of an agreement (`POST /api/v1/agreements/{id}/indicators`). */
export function useCreateIndicator() {
  return useApiMutation(
    ({ agreementId, input }: { agreementId: string; input: IndicatorInput }) =>
      api.POST('/api/v1/agreements/{agreementId}/indicators', { params: { path: { agreementId } }, body: input }),
    { invalidate: followUpChanged },
  );
}

/** Redefines an indicator (`PUT /api/v1/indicators/{id}`, If-Match); its shape is fixed once it has values. */
export function useUpdateIndicator() {
  return useApiMutation(
    ({ id, etag, input }: { id: string; etag: string; input: IndicatorInput }) =>
      api.PUT('/api/v1/indicators/{id}', { params: ifMatch({ id }, etag), body: input }),
    { invalidate: followUpChanged },
  );
}
