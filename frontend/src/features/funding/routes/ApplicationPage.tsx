import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  ActionLink,
  DateField,
  Facts,
  PageNotLoaded,
  PageTop,
  StatusButtons,
  useHistoryDisclosure,
} from '../../../components';
import { Alert, Button, Form, Link, TextArea, TextField } from '../../../design-system';
import { formatDate, formatDateTime } from '../../../lib/format';
import { toEditFundingApplication, toFundingCall, toFundingProject } from '../../../lib/links';
import { useChangeApplicationStatus } from '../api/changeApplicationStatus';
import { useDecideApplication } from '../api/decideApplication';
import { useApplication } from '../api/getApplication';
import { formatKronor } from '../format';
import type { Application } from '../types';
import { useApplicationHistory } from '../api/getApplicationHistory';
import { FundingHistory } from '../components/FundingHistory';
import '../styles.css';

const routeApi = getRouteApi('/funding/applications/$id');

/** An application (not public): the applicant submits or withdraws it, the county's coordinator reviews and decides. */
export function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const query = useApplication(id);
  const changeStatus = useChangeApplicationStatus();
  const history = useHistoryDisclosure(useApplicationHistory, id);
  if (!query.isSuccess) return <PageNotLoaded query={query} notFoundTitle={t('funding.application.notFound')} />;
  const { application, etag } = query.data;
  const money = (amount?: string) => formatKronor(amount, i18n.language);
  return (
    <>
      <PageTop
        back={{ href: toFundingCall({ id: application.call.id }), label: application.call.title }}
        title={application.projectName}
      />
      {application.description && <p className="preserve-lines">{application.description}</p>}
      <Facts
        items={[
          { term: t('funding.application.status'), description: t(`funding.applicationStatus.${application.status}`) },
          { term: t('funding.application.applicant'), description: application.applicant.name },
          {
            term: t('funding.application.coApplicants'),
            description: application.coApplicants.map((o) => o.name).join(', ') || null,
          },
          { term: t('funding.application.amountApplied'), description: money(application.amountApplied) },
          {
            term: t('funding.project.period'),
            description: `${formatDate(application.startsOn, i18n.language) ?? ''} – ${
              formatDate(application.endsOn, i18n.language) ?? ''
            }`,
          },
          {
            term: t('funding.application.submittedAt'),
            description: application.submittedAt ? formatDateTime(application.submittedAt, i18n.language) : null,
          },
          { term: t('funding.application.amountGranted'), description: money(application.amountGranted) },
          { term: t('funding.application.decidedOn'), description: formatDate(application.decidedOn, i18n.language) },
          { term: t('funding.application.caseNumber'), description: application.caseNumber },
          { term: t('funding.application.reason'), description: application.decisionReason },
        ]}
      />
      <ActionLink href={toEditFundingApplication({ id: application.id })} allowed={application.permissions.update}>
        {t('funding.applicationForm.edit')}
      </ActionLink>
      {application.projectId && (
        <p>
          <Link href={toFundingProject({ id: application.projectId })}>{t('funding.application.project')}</Link>
        </p>
      )}
      {changeStatus.isSuccess && <Alert tone="success" title={t('funding.application.saved')} />}
      <ActionError error={changeStatus.error} title={t('funding.refused')} />
      <StatusButtons
        statuses={application.permissions.statusChanges}
        className="funding-actions"
        label={(status) => t(`funding.application.to.${status}`)}
        variant={(status) => (status === 'WITHDRAWN' ? 'secondary' : 'primary')}
        isPending={changeStatus.isPending}
        onChange={(status) => changeStatus.mutate({ id: application.id, etag, status })}
      />
      {application.permissions.decide && <DecisionForm application={application} etag={etag} />}
      <FundingHistory {...history} id={application.id} />
    </>
  );
}

/** Grant (part of) the amount applied, or reject with a reason. */
function DecisionForm({ application, etag }: { application: Application; etag: string }) {
  const { t } = useTranslation();
  const decide = useDecideApplication();
  const [amount, setAmount] = useState(application.amountApplied);
  const [decidedOn, setDecidedOn] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [accountingDueOn, setAccountingDueOn] = useState('');
  const [reason, setReason] = useState('');
  const send = (outcome: 'GRANTED' | 'REJECTED') =>
    decide.mutate({
      id: application.id,
      etag,
      input:
        outcome === 'GRANTED'
          ? {
              outcome,
              amountGranted: amount.trim().replace(',', '.'),
              decidedOn,
              caseNumber: caseNumber || undefined,
              accountingDueOn: accountingDueOn || undefined,
            }
          : { outcome, decidedOn, caseNumber: caseNumber || undefined, reason },
    });
  return (
    <>
      <h2>{t('funding.decision.title')}</h2>
      <Form aria-label={t('funding.decision.title')} onSubmit={(event) => event.preventDefault()}>
        <ActionError error={decide.error} title={t('funding.refused')} />
        <DateField label={t('funding.decision.decidedOn')} value={decidedOn} onChange={setDecidedOn} isRequired />
        <TextField label={t('funding.application.caseNumber')} value={caseNumber} onChange={setCaseNumber} />
        <TextField
          label={t('funding.decision.amountGranted')}
          description={t('funding.amountHelp')}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
        />
        <DateField
          label={t('funding.decision.accountingDueOn')}
          value={accountingDueOn}
          onChange={setAccountingDueOn}
        />
        <TextArea label={t('funding.decision.reason')} value={reason} onChange={setReason} />
        <div className="funding-actions">
          <Button variant="primary" isDisabled={decide.isPending} onPress={() => send('GRANTED')}>
            {t('funding.decision.grant')}
          </Button>
          <Button isDisabled={decide.isPending} onPress={() => send('REJECTED')}>
            {t('funding.decision.reject')}
          </Button>
        </div>
      </Form>
    </>
  );
}
