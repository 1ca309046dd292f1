import type { YearlyPriority } from '../types';

/**
 * Which yearly focus to show first: this year's, or else the newest one up to this year (an older document's last
 * focus); the others follow, newest first.
 */
export function splitFocus(
  priorities: readonly YearlyPriority[],
  currentYear: number,
): {
  shown: YearlyPriority | undefined;
  others: YearlyPriority[];
} {
  const sorted = [...priorities].sort((a, b) => b.year - a.year);
  const shown =
    sorted.find((priority) => priority.year === currentYear) ?? sorted.find((priority) => priority.year < currentYear);
  return { shown, others: sorted.filter((priority) => priority !== shown) };
}

/** The year to set focus for: this year when it lies in the period, else the nearest year of the period. */
export function defaultFocusYear(firstYear: number, lastYear: number, currentYear: number): number {
  return Math.min(Math.max(currentYear, firstYear), lastYear);
}
