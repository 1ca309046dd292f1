import { useMutation } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../lib/api';
import type { IndicatorInput } from '../types';
import { useInvalidateFollowUp } from './invalidate';

/** Defines an indicator of an agreement (`POST /api/v1/agreements/{id}/indicators`). */
export function useCreateIndicator() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: async ({ agreementId, input }: { agreementId: string; input: IndicatorInput }) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/indicators', {
          params: { path: { agreementId } },
          body: input,
        }),
      ),
    onSuccess: () => invalidate(),
  });
}

/** Redefines an indicator (`PUT /api/v1/indicators/{id}`, If-Match); its shape is fixed once it has values. */
export function useUpdateIndicator() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: IndicatorInput }) =>
      unwrap(await api.PUT('/api/v1/indicators/{id}', { params: ifMatch({ id }, etag), body: input })),
    onSuccess: () => invalidate(),
  });
}
