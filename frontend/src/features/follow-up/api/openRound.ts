import { api, useApiMutation } from '../../../lib/api';
import { followUpChanged } from './invalidate';

export type OpenRoundVariables = { agreementId: string; year: number | undefined; deadline: string };

/** Opens the follow-up of a year (`POST /api/v1/agreements/{id}/follow-up-rounds`); a task per responsible party. */
export function useOpenRound() {
  return useApiMutation(
    ({ agreementId, year, deadline }: OpenRoundVariables) =>
      api.POST('/api/v1/agreements/{agreementId}/follow-up-rounds', {
        params: { path: { agreementId } },
        // What was typed goes to the server, which names what is missing.
        body: { year: year as number, deadline },
      }),
    { invalidate: followUpChanged },
  );
}
