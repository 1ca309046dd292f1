import { RefusalAlert, useRefusalText } from '../../../components';
import { followUpRules } from './rules';

/** The explanation of a refused follow-up step (see `useRefusalText`). */
export function useFollowUpErrorText() {
  return useRefusalText('followUp', followUpRules);
}

/** An alert for a refused step; it takes focus so the reason is read at once. */
export function FollowUpActionError({ error }: { error: unknown }) {
  const describe = useFollowUpErrorText();
  return <RefusalAlert refusal={describe(error)} />;
}
