import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  ActionLink,
  DateField,
  Facts,
  ListOrNone,
  Loaded,
  PageNotLoaded,
  PageTop,
  StatusButtons,
  useHistoryDisclosure,
} from '../../../components';
import { Button, CheckboxGroup, Form, Link, TextArea, TextField } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { toEditFundingCall, toFunding, toFundingApplication } from '../../../lib/links';
import { useChangeCallStatus } from '../api/changeCallStatus';
import { useCreateApplication } from '../api/createApplication';
import { useApplications } from '../api/getApplications';
import { useCall } from '../api/getCall';
import { formatKronor } from '../format';
import type { GoalAreaRef } from '../types';
import { useCallHistory } from '../api/getCallHistory';
import { FundingHistory } from '../components/FundingHistory';
import '../styles.css';

const routeApi = getRouteApi('/funding/calls/$id');

/** A call: programme, period, budget, deadline, priorities; the coordinator opens and closes it, members apply. */
export function CallPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const query = useCall(id);
  const me = useMe();
  const applications = useApplications({ call: id }, me.data?.authenticated ?? false);
  const changeStatus = useChangeCallStatus();
  const history = useHistoryDisclosure(useCallHistory, id);
  const toOverview = { href: toFunding(), label: t('funding.title') };
  if (!query.isSuccess)
    return <PageNotLoaded query={query} notFoundTitle={t('funding.call.notFound')} back={toOverview} />;
  const { call, etag } = query.data;
  return (
    <>
      <PageTop back={{ href: toFunding({ county: call.countyCode }), label: t('funding.title') }} title={call.title} />
      {call.description && <p className="preserve-lines">{call.description}</p>}
      <Facts
        items={[
          { term: t('funding.call.programme'), description: call.programme.name },
          { term: t('funding.project.county'), description: call.countyName },
          { term: t('funding.summary.year'), description: String(call.year) },
          { term: t('funding.call.status'), description: t(`funding.callStatus.${call.status}`) },
          { term: t('funding.call.budget'), description: formatKronor(call.budget, i18n.language) },
          { term: t('funding.call.deadline'), description: formatDate(call.deadline, i18n.language) },
          { term: t('funding.call.strategyWeight'), description: call.strategyWeight },
        ]}
      />
      <ActionLink href={toEditFundingCall({ id: call.id })} allowed={call.permissions.update}>
        {t('funding.callForm.edit')}
      </ActionLink>
      {call.priorities.length > 0 && (
        <>
          <h2>{t('funding.call.priorities')}</h2>
          <ul>
            {call.priorities.map((priority) => (
              <li key={priority.id}>
                {priority.text}
                {priority.links.goalAreas.length > 0 &&
                  ` (${priority.links.goalAreas.map((g) => (g.number ? `${g.number} ${g.title}` : g.title)).join(', ')})`}
              </li>
            ))}
          </ul>
        </>
      )}
      <ActionError error={changeStatus.error} title={t('funding.refused')} />
      <StatusButtons
        statuses={call.permissions.statusChanges}
        className="funding-actions"
        label={(status) => t(`funding.call.to.${status}`)}
        variant={() => 'primary'}
        isPending={changeStatus.isPending}
        onChange={(status) => changeStatus.mutate({ id: call.id, etag, status })}
      />
      {me.data?.authenticated && (
        <>
          <h2>{t('funding.applications.title')}</h2>
          <Loaded query={applications}>
            {(list) => (
              <ListOrNone items={list} none={t('funding.applications.none')}>
                {(application) => (
                  <li key={application.id}>
                    <Link href={toFundingApplication({ id: application.id })}>{application.projectName}</Link> (
                    {application.applicant.name}, {t(`funding.applicationStatus.${application.status}`)})
                  </li>
                )}
              </ListOrNone>
            )}
          </Loaded>
        </>
      )}
      {call.permissions.apply && me.data?.organisationId && (
        <ApplyForm
          callId={call.id}
          applicantId={me.data.organisationId}
          goalAreas={[
            ...new Map(
              call.priorities.flatMap((priority) => priority.links.goalAreas).map((area) => [area.id, area] as const),
            ).values(),
          ]}
        />
      )}
      <FundingHistory {...history} id={call.id} />
    </>
  );
}

/** A new application for the caller's own organisation, saved as a draft and then shown. */
function ApplyForm({
  callId,
  applicantId,
  goalAreas,
}: {
  callId: string;
  applicantId: string;
  goalAreas: GoalAreaRef[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateApplication();
  const [projectName, setProjectName] = useState('');
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [areas, setAreas] = useState<string[]>([]);
  return (
    <>
      <h2>{t('funding.apply.title')}</h2>
      <Form
        aria-label={t('funding.apply.title')}
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            {
              callId,
              input: {
                applicantOrganisationId: applicantId,
                projectName,
                description: description || undefined,
                amountApplied: amount.trim().replace(',', '.'),
                startsOn,
                endsOn,
                goalAreaIds: areas,
              },
            },
            { onSuccess: (created) => void navigate({ to: toFundingApplication({ id: created.id }) }) },
          );
        }}
      >
        <ActionError error={create.error} title={t('funding.refused')} />
        <TextField label={t('funding.field.projectName')} value={projectName} onChange={setProjectName} isRequired />
        <TextArea label={t('funding.field.description')} value={description} onChange={setDescription} />
        <TextField
          label={t('funding.field.amountApplied')}
          description={t('funding.amountHelp')}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          isRequired
        />
        <DateField label={t('funding.field.startsOn')} value={startsOn} onChange={setStartsOn} isRequired />
        <DateField label={t('funding.field.endsOn')} value={endsOn} onChange={setEndsOn} isRequired />
        {goalAreas.length > 0 && (
          <CheckboxGroup
            label={t('funding.apply.goalAreas')}
            options={goalAreas.map((area) => ({
              id: area.id,
              label: area.number ? `${area.number} ${area.title}` : area.title,
            }))}
            value={areas}
            onChange={setAreas}
          />
        )}
        <Button type="submit" variant="primary" isDisabled={create.isPending}>
          {t('funding.apply.save')}
        </Button>
      </Form>
    </>
  );
}
