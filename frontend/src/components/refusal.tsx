import { useTranslation } from 'react-i18next';
import { Alert } from '../design-system';
import { ApiError, isStale } from '../lib/api';
import { useErrorMessage } from './QueryError';

export type Refusal = { title: string; text: string };

/** The rule a failed call broke (the `rule` of a 409 problem), when it is one of `rules`. */
export function brokenRuleOf<R extends string>(rules: readonly R[], error: unknown): R | undefined {
  return error instanceof ApiError && (rules as readonly unknown[]).includes(error.rule)
    ? (error.rule as R)
    : undefined;
}

/**
 * The explanation of a refused change, in a feature's words (`<namespace>.rules.<rule>`, `.stale`, `.forbidden`):
 * the broken rule, a stale version, no permission, or else the server's detail.
 */
export function useRefusalText(namespace: 'agreements' | 'forums' | 'followUp' | 'grants', rules: readonly string[]) {
  const { t, i18n } = useTranslation();
  const fallback = useErrorMessage();
  return (error: unknown): Refusal => {
    const rule = brokenRuleOf(rules, error);
    if (rule) return { title: t(`${namespace}.rules.title`), text: t(`${namespace}.rules.${rule}` as 'common.retry') };
    if (isStale(error)) return { title: t(`${namespace}.stale.title`), text: t(`${namespace}.stale.text`) };
    if (error instanceof ApiError && error.status === 403) {
      const key = `${namespace}.forbidden.text`;
      return {
        title: t(`${namespace}.forbidden.title`),
        text: i18n.exists(key) ? t(key as 'common.retry') : fallback(error),
      };
    }
    if (error instanceof ApiError && error.status === 409)
      return { title: t(`${namespace}.rules.title`), text: fallback(error) };
    return { title: t('common.errorTitle'), text: fallback(error) };
  };
}

/** An alert for a refused action (status change, removal …); it takes focus so the reason is read at once. */
export function RefusalAlert({ refusal }: { refusal: Refusal }) {
  return (
    <Alert tone="error" title={refusal.title} focusOnMount>
      <p>{refusal.text}</p>
    </Alert>
  );
}
