/** The newest year a compilation is looked for: last year's reports are written this year. */
export const LATEST_YEAR = new Date().getFullYear() - 1;

/** The years to choose among, newest first: from the first reports the product holds (2021). */
export function yearOptions(): { id: string; label: string }[] {
  const years: { id: string; label: string }[] = [];
  for (let year = LATEST_YEAR + 1; year >= 2021; year--) years.push({ id: String(year), label: String(year) });
  return years;
}
