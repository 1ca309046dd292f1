import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../../../components';
import { Button, Form, Select, TextField } from '../../../design-system';
import { toResultsReport } from '../../../lib/links';
import { useCreateResultsReport } from '../api/createResultsReport';

/** Drafts a county's report of a year; the counties are those the caller writes for. */
export function NewReportForm({ counties }: { counties: { code: string; name: string }[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateResultsReport();
  const [county, setCounty] = useState<string | null>(counties[0]?.code ?? null);
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  return (
    <Form
      aria-labelledby="results-report-new"
      onSubmit={(event) => {
        event.preventDefault();
        if (county === null) return;
        create.mutate(
          { countyCode: county, year: Number(year) },
          { onSuccess: (report) => void navigate({ href: toResultsReport({ id: report.id }) }) },
        );
      }}
    >
      <h2 id="results-report-new">{t('resultsReports.create.title')}</h2>
      <ActionError error={create.error} title={t('resultsReports.refused')} />
      <div className="filters">
        <Select
          label={t('resultsReports.county')}
          options={counties.map((c) => ({ id: c.code, label: c.name }))}
          value={county}
          onChange={setCounty}
          isRequired
        />
        <TextField
          label={t('resultsReports.year')}
          description={t('resultsReports.create.yearHelp')}
          value={year}
          onChange={setYear}
          inputMode="numeric"
          isRequired
        />
      </div>
      <Button type="submit" variant="primary" isDisabled={create.isPending || county === null}>
        {t('resultsReports.create.submit')}
      </Button>
    </Form>
  );
}
