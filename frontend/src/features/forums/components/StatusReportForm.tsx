import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormField, useBoundFields, VersionedEdit, type SessionFormStart } from '../../../components';
import { listItemsOf, OrderedListEditor, type ListItem } from '../../../design-system';
import { useCreateStatusReport } from '../api/createStatusReport';
import type { VersionedStatusReport } from '../api/getStatusReport';
import { useUpdateStatusReport } from '../api/updateStatusReport';
import type { StatusReport, StatusReportInput } from '../types';
import { numberOrText, optional } from './optional';
import { useListLabels } from './useListLabels';
import { ForumServerForm } from './ForumServerForm';

const fields = ['year', 'quarter', 'title', 'themes', 'dueOn'] as const;

type Values = { year: string; quarter: string; title: string; themes: ListItem[]; dueOn: string };

function valuesOf(report: Pick<StatusReport, 'year' | 'quarter' | 'title' | 'themes' | 'dueOn'>): Values {
  return {
    year: String(report.year),
    quarter: String(report.quarter),
    title: report.title,
    themes: listItemsOf(report.themes),
    dueOn: report.dueOn ?? '',
  };
}

function toInput(values: Values): StatusReportInput {
  return {
    year: numberOrText(values.year),
    quarter: numberOrText(values.quarter),
    title: values.title,
    themes: values.themes.map((item) => item.value),
    dueOn: optional(values.dueOn),
  };
}

/** A status report's title, period, themes and due date: the same fields open a report and correct it. */
function StatusReportForm({
  form,
  initialInput: initial,
  submitLabel,
  onSubmit,
  ...start
}: SessionFormStart<Values> & {
  form: string;
  submitLabel: string;
  onSubmit: (values: Values) => Promise<void>;
}) {
  const { t } = useTranslation();
  const label = (field: string) => t(`forums.reports.fields.${field.split(/[[.]/)[0] as (typeof fields)[number]}`);
  const { values, set, field } = useBoundFields(form, initial, label);
  const themeLabels = useListLabels(
    label('themes'),
    (position) => t('forums.reports.theme', { position }),
    t('forums.reports.addTheme'),
    t('forums.reports.noThemes'),
  );
  return (
    <ForumServerForm
      form={form}
      fields={fields}
      labelOf={label}
      {...start}
      submitLabel={submitLabel}
      isDirty={values.themes !== initial.themes}
      onSubmit={() => onSubmit(values)}
    >
      {field.text('year', { inputMode: 'numeric', isRequired: true })}
      {field.text('quarter', { inputMode: 'numeric', isRequired: true })}
      {field.text('title', { isRequired: true })}
      <FormField form={form} name="themes">
        <OrderedListEditor
          name="themes"
          items={values.themes}
          onChange={(themes) => set({ themes })}
          labels={themeLabels}
        />
      </FormField>
      {field.text('dueOn', { type: 'date' })}
    </ForumServerForm>
  );
}

/** Opens a forum's status report for the current quarter (coordinators); the new report's page opens afterwards. */
export function NewStatusReportForm({ forumId, forumName }: { forumId: string; forumName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateStatusReport();
  const now = new Date();
  const year = now.getFullYear();
  const quarter = Math.floor(now.getMonth() / 3) + 1;
  return (
    <section aria-labelledby="new-report-heading">
      <h2 id="new-report-heading">{t('forums.reports.new')}</h2>
      <StatusReportForm
        form="status-report"
        initialInput={valuesOf({
          year,
          quarter,
          title: t('forums.reports.defaultTitle', { forum: forumName, quarter, year }),
          themes: [],
        })}
        submitLabel={t('forums.reports.create')}
        onSubmit={async (values) => {
          const { report } = await create.mutateAsync({ forumId, input: toInput(values) });
          await navigate({
            to: '/status-reports/$id',
            params: { id: report.id },
            state: { notice: { key: 'forums.reports.created' } },
          });
        }}
      />
    </section>
  );
}

/**
 * Corrects an open status report's title, period, themes and due date over the version read (the agenda point it is
 * linked to stays as it is); when someone else saved meanwhile, the conflict screen shows what they changed.
 */
export function StatusReportEditForm({
  versioned,
  refetch,
  onSaved,
}: {
  versioned: VersionedStatusReport;
  /** Reads the report again. */
  refetch: () => Promise<VersionedStatusReport>;
  /** After a save; the form starts again from the version saved. */
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateStatusReport();
  const { report } = versioned;
  return (
    <VersionedEdit
      follow
      read={versioned}
      readAgain={refetch}
      snapshotOf={(latest: VersionedStatusReport) => ({ input: valuesOf(latest.report), etag: latest.etag })}
      save={async (values, etag) => {
        await update.mutateAsync({
          id: report.id,
          etag,
          input: { ...toInput(values), agendaItemId: report.agendaItem?.id },
        });
        onSaved();
      }}
      fields={fields}
      labelOf={(field) => t(`forums.reports.fields.${field as (typeof fields)[number]}`)}
      renderForm={(start, session) => (
        <StatusReportForm
          {...start}
          form={`status-report-edit-${report.id}`}
          submitLabel={t('forums.reportCorrections.save')}
          onSubmit={session.submit}
        />
      )}
    />
  );
}
