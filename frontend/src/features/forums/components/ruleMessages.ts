import { useRefusalText } from '../../../components';

/** The business rules the forum API names in its 409 problems, each explained in the interface's language. */
export const forumRules = [
  'forum-in-use',
  'minutes-after-meeting',
  'minutes-empty',
  'minutes-already-published',
  'minutes-published',
  'meeting-has-action-items',
  'agenda-item-has-action-items',
  'agenda-item-has-status-report',
  'action-item-closed',
  'status-unchanged',
  'escalation-to-higher-level',
  'escalation-within-county',
  'already-raised',
  'report-not-open',
  'report-without-invitations',
  'report-without-contributions',
  'report-not-compiled',
  'report-already-published',
  'report-needs-agenda-item',
  'published-report-is-final',
  'theme-in-use',
  'invitation-has-contribution',
  'contribution-submitted',
  'organisation-not-invited',
  'pass-along-the-chain',
  'decision-before-meeting',
  'decision-took-effect',
  'priority-already-decided',
  'priority-decided-by-prepared-forum',
  'priority-recorded-from-document',
  'priorities-while-in-force',
  'transition-not-allowed',
  'approve-needs-compiled',
  'approved-is-final',
] as const;

/** The explanation of a refused forum action (see `useRefusalText`). */
export function useForumErrorText() {
  return useRefusalText('forums', forumRules);
}
