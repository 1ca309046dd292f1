import { downloadFile } from '../../../lib/api';

/** The national compilation as CSV or PDF (`GET /api/v1/national-results/{year}.csv|.pdf`), with the caller's token. */
export function downloadNationalResults(year: number, format: 'csv' | 'pdf'): Promise<void> {
  return downloadFile(
    `/api/v1/national-results/${String(year)}.${format}`,
    `resultatredovisningar-${String(year)}.${format}`,
  );
}
