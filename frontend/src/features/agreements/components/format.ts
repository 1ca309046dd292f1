import { formatPeriod } from '../../../lib/format';
import type { AgreementReference } from '../types';

export { formatPeriod };

/** An agreement named with its period, so that versions with the same title can be told apart. */
export function referenceLabel(reference: Pick<AgreementReference, 'title' | 'firstYear' | 'lastYear'>): string {
  return `${reference.title} (${formatPeriod(reference.firstYear, reference.lastYear)})`;
}

/** "3.2 Hälsa", or the title alone for an area without a number (a monitored area). */
export function goalAreaName(goalArea: { number?: string | null; title: string }): string {
  return goalArea.number ? `${goalArea.number} ${goalArea.title}` : goalArea.title;
}

/** "a, b och c" in the reader's language. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** The agreements one can be compared with: the one it revises and its revisions. */
export function comparableVersions(agreement: { supersedes?: AgreementReference; supersededBy: AgreementReference[] }) {
  return [...(agreement.supersedes ? [agreement.supersedes] : []), ...agreement.supersededBy];
}
