import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import { listItemsOf, OrderedListEditor, TextField } from '../../../design-system';
import type { VersionedStatusReport } from '../api/getStatusReport';
import { useUpdateStatusReport } from '../api/updateStatusReport';
import { numberOrText, optional } from './optional';
import { useForumErrorText } from './ruleMessages';
import { useListLabels } from './useListLabels';

const fields = ['year', 'quarter', 'title', 'themes', 'dueOn'] as const;

function valuesOf({ report }: VersionedStatusReport) {
  return {
    year: String(report.year),
    quarter: String(report.quarter),
    title: report.title,
    themes: listItemsOf(report.themes),
    dueOn: report.dueOn ?? '',
  };
}

/**
 * Corrects an open status report's title, period, themes and due date with the version read; the agenda point it
 * is linked to stays as it is. Keyed by the page on the ETag, so a save or a reload starts from the version read.
 */
export function StatusReportEditForm({
  versioned,
  onReload,
  onSaved,
}: {
  versioned: VersionedStatusReport;
  onReload: () => void;
  /** After a save; the page remounts the form with the version saved. */
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateStatusReport();
  const describeError = useForumErrorText();
  const { report, etag } = versioned;
  const form = `status-report-edit-${report.id}`;
  const [values, setValues] = useState(() => valuesOf(versioned));
  const label = (field: string) => t(`forums.reports.fields.${field as (typeof fields)[number]}`);
  const themeLabels = useListLabels(
    label('themes'),
    (position) => t('forums.reports.theme', { position }),
    t('forums.reports.addTheme'),
    t('forums.reports.noThemes'),
  );
  return (
    <ServerForm
      form={form}
      fields={fields}
      labelOf={(field) => label(field.split(/[[.]/)[0])}
      describeError={describeError}
      onReload={onReload}
      submitLabel={t('forums.reportCorrections.save')}
      onSubmit={async () => {
        await update.mutateAsync({
          id: report.id,
          etag,
          input: {
            year: numberOrText(values.year),
            quarter: numberOrText(values.quarter),
            title: values.title,
            themes: values.themes.map((item) => item.value),
            dueOn: optional(values.dueOn),
            agendaItemId: report.agendaItem?.id,
          },
        });
        onSaved();
      }}
    >
      <FormField form={form} name="year">
        <TextField
          name="year"
          inputMode="numeric"
          label={label('year')}
          isRequired
          value={values.year}
          onChange={(year) => setValues((v) => ({ ...v, year }))}
        />
      </FormField>
      <FormField form={form} name="quarter">
        <TextField
          name="quarter"
          inputMode="numeric"
          label={label('quarter')}
          isRequired
          value={values.quarter}
          onChange={(quarter) => setValues((v) => ({ ...v, quarter }))}
        />
      </FormField>
      <FormField form={form} name="title">
        <TextField
          name="title"
          label={label('title')}
          isRequired
          value={values.title}
          onChange={(title) => setValues((v) => ({ ...v, title }))}
        />
      </FormField>
      <FormField form={form} name="themes">
        <OrderedListEditor
          name="themes"
          items={values.themes}
          onChange={(themes) => setValues((v) => ({ ...v, themes }))}
          labels={themeLabels}
        />
      </FormField>
      <FormField form={form} name="dueOn">
        <TextField
          type="date"
          name="dueOn"
          label={label('dueOn')}
          value={values.dueOn}
          onChange={(dueOn) => setValues((v) => ({ ...v, dueOn }))}
        />
      </FormField>
    </ServerForm>
  );
}
