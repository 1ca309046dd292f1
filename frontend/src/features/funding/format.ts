/**
 * Kronor as the API sends them (a decimal string, "1234568.19"), shown without ever passing through a binary
 * floating-point number: the integer part is grouped by the locale as a BigInt, the öre are kept as written.
 */
export function formatKronor(amount: string | null | undefined, language: string): string | null {
  if (amount === null || amount === undefined || !/^\d+(\.\d{1,2})?$/.test(amount)) return null;
  const [whole = '0', ore = ''] = amount.split('.');
  const tag = language.startsWith('en') ? 'en-GB' : 'sv-SE';
  const grouped = new Intl.NumberFormat(tag).format(BigInt(whole));
  const decimal = tag === 'sv-SE' ? ',' : '.';
  return `${grouped}${decimal}${ore.padEnd(2, '0')} kr`;
}

/** For the chart only (its bars, never its labels or tables): kronor as a number. */
export function chartValue(amount: string): number {
  return Number(amount);
}

/** An amount as typed ("250 000,50") as the API takes it ("250000.50"); empty stays absent. */
export function decimalOf(text: string): string | undefined {
  const compact = text.replace(/\s/g, '');
  return compact ? compact.replace(',', '.') : undefined;
}
