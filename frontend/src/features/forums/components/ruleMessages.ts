import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/components/QueryError';
import { ApiError, isStale } from '../../../lib/api';

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
  'organisation-not-invited',
] as const;

export type ForumRule = (typeof forumRules)[number];

/** The rule a failed call broke, when it is one we can explain. */
export function brokenForumRule(error: unknown): ForumRule | undefined {
  return error instanceof ApiError && forumRules.includes(error.rule as ForumRule) ? (error.rule as ForumRule) : undefined;
}

/** The explanation of a refused change: the broken rule in words, a stale version, no permission, or the server's detail. */
export function useForumErrorText() {
  const { t } = useTranslation();
  const fallback = useErrorMessage();
  return (error: unknown): { title: string; text: string } => {
    const rule = brokenForumRule(error);
    if (rule) return { title: t('forums.rules.title'), text: t(`forums.rules.${rule}`) };
    if (isStale(error)) return { title: t('forums.stale.title'), text: t('forums.stale.text') };
    if (error instanceof ApiError && error.status === 403) return { title: t('forums.forbidden.title'), text: t('forums.forbidden.text') };
    if (error instanceof ApiError && error.status === 409) return { title: t('forums.rules.title'), text: fallback(error) };
    return { title: t('common.errorTitle'), text: fallback(error) };
  };
}
