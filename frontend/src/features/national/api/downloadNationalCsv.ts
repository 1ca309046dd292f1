import { downloadFile } from '../../../lib/api';

/** The county comparison as CSV (`GET /api/v1/national.csv`), with the caller's rights. */
export function downloadNationalCsv(year: number): Promise<void> {
  return downloadFile(`/api/v1/national.csv?year=${String(year)}`, `samverkan-lanen-${String(year)}.csv`);
}
