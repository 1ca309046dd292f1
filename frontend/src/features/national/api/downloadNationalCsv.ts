import { downloadFile } from '../../../lib/api';

/**
 * The county comparison as CSV (`GET /api/v1/national.csv`), with the caller's rights: RFC 4180 for machines, or
 * `excel-sv` (semicolons, decimal comma, byte order mark, Swedish column names) for Swedish Excel.
 */
export function downloadNationalCsv(year: number, dialect: 'rfc4180' | 'excel-sv' = 'rfc4180'): Promise<void> {
  const suffix = dialect === 'excel-sv' ? '-excel' : '';
  return downloadFile(
    `/api/v1/national.csv?year=${String(year)}&dialect=${dialect}`,
    `samverkan-lanen-${String(year)}${suffix}.csv`,
  );
}
