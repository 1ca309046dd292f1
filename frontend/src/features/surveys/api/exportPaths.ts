/** The survey's exports (`GET /api/v1/surveys/{id}/results.csv`, `answers.csv`, `answers.xlsx`) and their names. */
export type SurveyExport = 'results.csv' | 'answers.csv' | 'answers.xlsx';

/** The name each file is saved under: the server's own (its Content-Disposition). */
export const exportFilename: Record<SurveyExport, string> = {
  'results.csv': 'survey-results.csv',
  'answers.csv': 'survey-answers.csv',
  'answers.xlsx': 'survey-answers.xlsx',
};

/** The export's address: limited to a county when the picture is, CSV in the dialect Excel opens in Swedish. */
export function surveyExportPath(id: string, file: SurveyExport, county: string | undefined): string {
  const query = new URLSearchParams();
  if (county) query.set('county', county);
  if (file.endsWith('.csv')) query.set('dialect', 'excel-sv');
  const search = query.toString();
  return `/api/v1/surveys/${encodeURIComponent(id)}/${file}${search ? `?${search}` : ''}`;
}
