import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { useInvalidateFollowUp } from './invalidate';

export type OpenRoundVariables = { agreementId: string; year: number | undefined; deadline: string };

/** Opens the follow-up of a year (`POST /api/v1/agreements/{id}/follow-up-rounds`); a task per responsible party. */
export function useOpenRound() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: async ({ agreementId, year, deadline }: OpenRoundVariables) =>
      unwrap(
        await api.POST('/api/v1/agreements/{agreementId}/follow-up-rounds', {
          params: { path: { agreementId } },
          // What was typed goes to the server, which names what is missing.
          body: { year: year as number, deadline },
        }),
      ),
    onSuccess: () => invalidate(),
  });
}
