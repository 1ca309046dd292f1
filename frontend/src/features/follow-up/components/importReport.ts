import type { Problem } from '../types';

export type BadRow = { row: number | undefined; column: string | undefined; reason: string };

/** The server names a bad cell `row 3: value`, a bad row `row 3`, the whole file `file`. */
export function badRowsOf(problem: Problem | undefined): BadRow[] {
  return (problem?.errors ?? []).map(({ field, message }) => {
    const match = /^row (\d+)(?:: (.+))?$/.exec(field);
    return match
      ? { row: Number(match[1]), column: match[2], reason: message }
      : { row: undefined, column: field || undefined, reason: message };
  });
}
