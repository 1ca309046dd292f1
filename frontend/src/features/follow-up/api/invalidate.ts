import { useQueryClient } from '@tanstack/react-query';
import { followUpKeys } from './queryKeys';

/** After any step of the follow-up: rounds, boards, reports, tasks and indicator values may all have changed. */
export function useInvalidateFollowUp() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: followUpKeys.all });
  };
}
