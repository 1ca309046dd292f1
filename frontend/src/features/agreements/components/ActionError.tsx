import { RefusalAlert, useRefusalText } from '../../../components';
import { knownRules } from './ruleMessages';

/** The explanation of a refused change to an agreement (see `useRefusalText`). */
export function useActionErrorText() {
  return useRefusalText('agreements', knownRules);
}

/** An alert for a refused action (status change, removal …); it takes focus so the reason is read at once. */
export function ActionError({ error }: { error: unknown }) {
  const describe = useActionErrorText();
  return <RefusalAlert refusal={describe(error)} />;
}
