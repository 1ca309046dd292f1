/** A point in time (ISO 8601) in the reader's locale and time zone, e.g. "1 februari 2024 13:00". */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** The same point in time in UTC, e.g. "2024-02-01 12:00 UTC", for those who need the exact record. */
export function formatUtc(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A calendar date (`2024-02-01`) in the locale, e.g. "1 februari 2024"; kept as a date, never shifted by time zones. */
export function formatDate(value: string | null | undefined, locale: string): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Today as `YYYY-MM-DD` in the reader's time zone (the value of a date input). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A field value as text for people: plain values as they are, anything else as JSON (never "[object Object]"). */
export function plainText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** A period of years: "2016–2020", or "2024" for a single year. */
export function formatPeriod(firstYear: number, lastYear: number): string {
  return firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
}

const swedish = new Intl.Collator('sv');

/** Names in Swedish alphabetical order (å, ä and ö after z), whatever the page's language. */
export function bySwedishName<T extends { name: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => swedish.compare(a.name, b.name));
}
