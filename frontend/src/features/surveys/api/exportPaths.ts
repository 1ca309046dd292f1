/** The survey's exports (`GET /api/v1/surveys/{id}/results.csv`, `answers.csv`, `answers.xlsx`) and their names. */
export type SurveyExport = 'results.csv' | 'answers.csv' | 'answers.xlsx';

/**
 * The CSV variants: `excel-sv` for people (semicolons, decimal comma, byte order mark, Swedish column names and codes),
 * `rfc4180` for programs (commas, decimal point, the machine names and codes).
 */
export type CsvDialect = 'excel-sv' | 'rfc4180';

const filenames: Record<SurveyExport, string> = {
  'results.csv': 'survey-results.csv',
  'answers.csv': 'survey-answers.csv',
  'answers.xlsx': 'survey-answers.xlsx',
};

/** The name each file is saved under: the server's own (its Content-Disposition), `-excel` for the Swedish CSV. */
export function exportFilename(file: SurveyExport, dialect: CsvDialect = 'excel-sv'): string {
  const name = filenames[file];
  return dialect === 'excel-sv' && file.endsWith('.csv') ? name.replace(/\.csv$/, '-excel.csv') : name;
}

/** The export's address: limited to a county when the picture is, a CSV in the dialect asked for. */
export function surveyExportPath(
  id: string,
  file: SurveyExport,
  county: string | undefined,
  dialect: CsvDialect = 'excel-sv',
): string {
  const query = new URLSearchParams();
  if (county) query.set('county', county);
  if (file.endsWith('.csv')) query.set('dialect', dialect);
  const search = query.toString();
  return `/api/v1/surveys/${encodeURIComponent(id)}/${file}${search ? `?${search}` : ''}`;
}
