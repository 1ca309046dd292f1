import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { HistoryEntry } from '../types';

/** Grants and revocations, newest first: when, who and what. */
export function GrantHistoryList({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="grants-history">
      {entries.map((entry) => (
        <li key={entry.id}>
          <span className="grants-history-when">{formatDateTime(entry.at, i18n.language)}</span>{' '}
          {t('grants.history.entry', { actor: entry.actor, summary: entry.summary })}
        </li>
      ))}
    </ol>
  );
}
