import { downloadFile } from '../../../lib/api';

/**
 * The national compilation (`GET /api/v1/national-results/{year}.csv|.pdf`), with the caller's token: a PDF, or a CSV
 * for programs (RFC 4180) or for Swedish Excel (`excel-sv`: semicolons, byte order mark, Swedish column names and the
 * assignments by name).
 */
export type NationalResultsFile = 'pdf' | 'csv' | 'csv-excel';

export function downloadNationalResults(year: number, file: NationalResultsFile): Promise<void> {
  const name = `resultatredovisningar-${String(year)}`;
  switch (file) {
    case 'pdf':
      return downloadFile(`/api/v1/national-results/${String(year)}.pdf`, `${name}.pdf`);
    case 'csv':
      return downloadFile(`/api/v1/national-results/${String(year)}.csv`, `${name}.csv`);
    case 'csv-excel':
      return downloadFile(`/api/v1/national-results/${String(year)}.csv?dialect=excel-sv`, `${name}-excel.csv`);
  }
}
