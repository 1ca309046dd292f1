import { getRouteApi, useNavigate, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import { QueryError } from '../../../components';
import {
  Alert,
  DataTable,
  Link,
  listItemsOf,
  OrderedListEditor,
  PageHeading,
  Spinner,
  TextField,
} from '../../../design-system';
import { useForum } from '../api/getForum';
import { useCreateStatusReport } from '../api/createStatusReport';
import { useStatusReports } from '../api/getStatusReports';
import { numberOrText, optional } from '../components/optional';
import { useForumErrorText } from '../components/ruleMessages';
import { useListLabels } from '../components/useListLabels';
import { toForum, toStatusReport } from '../../../lib/links';
import '../styles.css';

const routeApi = getRouteApi('/forums/$id/status-reports');
const FORM = 'status-report';
const fields = ['year', 'quarter', 'title', 'themes', 'dueOn'] as const;

function NewStatusReportForm({ forumId, forumName }: { forumId: string; forumName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateStatusReport();
  const describeError = useForumErrorText();
  const now = new Date();
  const quarter = Math.floor(now.getMonth() / 3) + 1;
  const [values, setValues] = useState({
    year: String(now.getFullYear()),
    quarter: String(quarter),
    title: t('forums.reports.defaultTitle', { forum: forumName, quarter, year: now.getFullYear() }),
    themes: listItemsOf([]),
    dueOn: '',
  });
  const label = (field: string) => t(`forums.reports.fields.${field as (typeof fields)[number]}`);
  const themeLabels = useListLabels(
    label('themes'),
    (position) => t('forums.reports.theme', { position }),
    t('forums.reports.addTheme'),
    t('forums.reports.noThemes'),
  );
  return (
    <section aria-labelledby="new-report-heading">
      <h2 id="new-report-heading">{t('forums.reports.new')}</h2>
      <ServerForm
        form={FORM}
        fields={fields}
        labelOf={(field) => label(field.split(/[[.]/)[0])}
        describeError={describeError}
        submitLabel={t('forums.reports.create')}
        onSubmit={async () => {
          const { report } = await create.mutateAsync({
            forumId,
            input: {
              year: numberOrText(values.year),
              quarter: numberOrText(values.quarter),
              title: values.title,
              themes: values.themes.map((item) => item.value),
              dueOn: optional(values.dueOn),
            },
          });
          await navigate({
            to: '/status-reports/$id',
            params: { id: report.id },
            state: { notice: { key: 'forums.reports.created' } },
          });
        }}
      >
        <FormField form={FORM} name="year">
          <TextField
            name="year"
            inputMode="numeric"
            label={label('year')}
            isRequired
            value={values.year}
            onChange={(year) => setValues((v) => ({ ...v, year }))}
          />
        </FormField>
        <FormField form={FORM} name="quarter">
          <TextField
            name="quarter"
            inputMode="numeric"
            label={label('quarter')}
            isRequired
            value={values.quarter}
            onChange={(q) => setValues((v) => ({ ...v, quarter: q }))}
          />
        </FormField>
        <FormField form={FORM} name="title">
          <TextField
            name="title"
            label={label('title')}
            isRequired
            value={values.title}
            onChange={(title) => setValues((v) => ({ ...v, title }))}
          />
        </FormField>
        <FormField form={FORM} name="themes">
          <OrderedListEditor
            name="themes"
            items={values.themes}
            onChange={(themes) => setValues((v) => ({ ...v, themes }))}
            labels={themeLabels}
          />
        </FormField>
        <FormField form={FORM} name="dueOn">
          <TextField
            type="date"
            name="dueOn"
            label={label('dueOn')}
            value={values.dueOn}
            onChange={(dueOn) => setValues((v) => ({ ...v, dueOn }))}
          />
        </FormField>
      </ServerForm>
    </section>
  );
}

/** A forum's quarterly status reports, newest first; the coordinator opens new ones. */
export function StatusReportsPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const forum = useForum(id);
  const reports = useStatusReports(id);
  const notice = useRouterState({ select: (state) => state.location.state.notice });
  if (forum.isPending) return <Spinner label={t('forums.detail.loading')} />;
  if (forum.isError) {
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={forum.error} onRetry={() => void forum.refetch()} />
      </>
    );
  }
  const { forum: data } = forum.data;
  return (
    <>
      <Link href={toForum({ id: id })} className="ds-link back-link">
        <span aria-hidden="true">← </span>
        {data.name}
      </Link>
      <PageHeading>{t('forums.reports.title', { forum: data.name })}</PageHeading>
      {notice && <Alert tone="success" title={t(notice.key as 'forums.reportCorrections.deleted', notice.values)} />}
      {reports.isPending && <Spinner label={t('forums.reports.loading')} />}
      {reports.isError && <QueryError error={reports.error} onRetry={() => void reports.refetch()} />}
      {reports.data &&
        (reports.data.length === 0 ? (
          <p>{t('forums.reports.none')}</p>
        ) : (
          <DataTable
            caption={t('forums.reports.title', { forum: data.name })}
            captionHidden
            columns={[
              { key: 'title', header: t('forums.reports.fields.title') },
              { key: 'quarter', header: t('forums.reports.fields.quarter') },
              { key: 'status', header: t('forums.reports.status') },
            ]}
            rows={reports.data.map((report) => ({
              key: report.id,
              cells: [
                <Link key="title" href={toStatusReport({ id: report.id })}>
                  {report.title}
                </Link>,
                t('forums.reports.quarterOf', { quarter: report.quarter, year: report.year }),
                t(`statusReportStatus.${report.status}`),
              ],
            }))}
          />
        ))}
      {data.permissions.manageStatusReports && <NewStatusReportForm forumId={id} forumName={data.name} />}
    </>
  );
}
