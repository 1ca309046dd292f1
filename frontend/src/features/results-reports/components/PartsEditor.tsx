import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form, TextArea } from '../../../design-system';
import type { usePutResultsReportParts } from '../api/putResultsReportParts';
import type { ResultsReport, ResultsReportPartInput } from '../types';

/** The reports' texts are long; the server refuses more (and names the field). */
const MAX = 20000;

/**
 * Every assignment's part of a draft, saved together with the report's version. Shown anew for each version (keyed by
 * the ETag by the page), so what is shown after a save is what the server holds.
 */
export function PartsEditor({
  report,
  etag,
  save,
}: {
  report: ResultsReport;
  etag: string;
  save: ReturnType<typeof usePutResultsReportParts>;
}) {
  const { t } = useTranslation();
  const [parts, setParts] = useState<ResultsReportPartInput[]>(
    report.parts.map((part) => ({
      assignment: part.assignment,
      assessment: part.assessment ?? '',
      successFactors: part.successFactors ?? '',
      areasToDevelop: part.areasToDevelop ?? '',
    })),
  );
  const set = (index: number, change: Partial<ResultsReportPartInput>) =>
    setParts((all) => all.map((part, i) => (i === index ? { ...part, ...change } : part)));
  return (
    <Form
      aria-label={t('resultsReports.part.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ id: report.id, etag, parts });
      }}
    >
      {parts.map((part, index) => (
        <fieldset key={part.assignment} className="results-report-part">
          <legend>{t(`resultsReports.assignment.${part.assignment}`)}</legend>
          <TextArea
            label={t('resultsReports.part.assessment')}
            description={t('resultsReports.part.assessmentHelp')}
            value={part.assessment ?? ''}
            onChange={(value) => set(index, { assessment: value })}
            maxLength={MAX}
            rows={4}
          />
          <TextArea
            label={t('resultsReports.part.successFactors')}
            value={part.successFactors ?? ''}
            onChange={(value) => set(index, { successFactors: value })}
            maxLength={MAX}
            rows={3}
          />
          <TextArea
            label={t('resultsReports.part.areasToDevelop')}
            value={part.areasToDevelop ?? ''}
            onChange={(value) => set(index, { areasToDevelop: value })}
            maxLength={MAX}
            rows={3}
          />
        </fieldset>
      ))}
      <Button type="submit" variant="primary" isDisabled={save.isPending}>
        {t('resultsReports.part.save')}
      </Button>
    </Form>
  );
}
