import { formatDate } from '../../../lib/format';

/** "2018-02-01 – 2018-03-31" in the reader's language, or null when neither end is set. */
export function period(start: string | null | undefined, end: string | null | undefined, language: string) {
  if (!start && !end) return null;
  return `${start ? formatDate(start, language) : '…'} – ${end ? formatDate(end, language) : '…'}`;
}
