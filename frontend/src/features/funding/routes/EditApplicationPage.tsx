import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EditSessionView,
  FormField,
  NotPermittedPage,
  PageNotLoaded,
  ServerForm,
  useEditSession,
} from '../../../components';
import { Link, PageHeading, TextArea, TextField } from '../../../design-system';
import { plainText } from '../../../lib/format';
import { toFundingApplication } from '../../../lib/links';
import { fetchApplication, useApplication, type VersionedApplication } from '../api/getApplication';
import { useUpdateApplication } from '../api/updateApplication';
import { LinksFields, linksValueOf, type LinksValue } from '../components/LinksFields';
import {
  idsOf,
  organisationEntriesOf,
  OrganisationsField,
  type OrganisationEntry,
} from '../components/OrganisationsField';
import { decimalOf } from '../format';
import type { Application, ApplicationInput, Links, TargetGroup } from '../types';
import '../styles.css';

const routeApi = getRouteApi('/funding/applications/$id/edit');
const FORM = 'funding-application';
const applicationFields = [
  'coApplicantIds',
  'projectName',
  'description',
  'amountApplied',
  'startsOn',
  'endsOn',
  'goalAreaIds',
  'strategies',
  'targetGroups',
] as const;

function applicationInputOf(application: Application): ApplicationInput {
  return {
    applicantOrganisationId: application.applicant.id,
    coApplicantIds: application.coApplicants.map((o) => o.id),
    projectName: application.projectName,
    description: application.description,
    amountApplied: application.amountApplied,
    startsOn: application.startsOn,
    endsOn: application.endsOn,
    ...linksValueOf(application.links),
  };
}

function useApplicationFieldLabel() {
  const { t } = useTranslation();
  const labels = new Map<string, string>(applicationFields.map((f) => [f, t(`funding.field.${f}`)]));
  return (field: string) => labels.get(field.split(/[[.]/)[0] ?? field) ?? field;
}

/** The applicant's members change a draft: co-applicants, what it serves, amount and period (If-Match). */
export function EditApplicationPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const query = useApplication(id);
  if (!query.isSuccess) return <PageNotLoaded query={query} notFoundTitle={t('funding.application.notFound')} />;
  const { application } = query.data;
  if (!application.permissions.update) return <NotPermittedPage />;
  return (
    <>
      <Link href={toFundingApplication({ id })} className="ds-link back-link">
        <span aria-hidden="true">← </span>
        {application.projectName}
      </Link>
      <PageHeading>{t('funding.applicationForm.title', { name: application.projectName })}</PageHeading>
      <EditApplicationForm versioned={query.data} />
    </>
  );
}

function EditApplicationForm({ versioned }: { versioned: VersionedApplication }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateApplication();
  const labelOf = useApplicationFieldLabel();
  const { application } = versioned;
  const id = application.id;
  const names = new Map<string, string>(application.coApplicants.map((o) => [o.id, o.name]));
  const session = useEditSession<ApplicationInput>({
    initial: { input: applicationInputOf(application), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await fetchApplication(id);
      for (const o of latest.application.coApplicants) names.set(o.id, o.name);
      return { input: applicationInputOf(latest.application), etag: latest.etag };
    },
    save: async (input, etag) => {
      await update.mutateAsync({ id, etag, input });
      await navigate({ href: toFundingApplication({ id }) });
    },
  });
  return (
    <EditSessionView
      session={session}
      fields={applicationFields}
      labelOf={labelOf}
      describe={(field, value) => {
        if (value === undefined || value === null) return '';
        if (field === 'coApplicantIds') return (value as string[]).map((v) => names.get(v) ?? v).join(', ');
        if (field === 'targetGroups') return (value as TargetGroup[]).map((g) => t(`targetGroup.${g}`)).join(', ');
        if (Array.isArray(value)) return t('funding.applicationForm.linked', { count: value.length });
        return plainText(value);
      }}
      renderForm={(start) => (
        <ApplicationForm
          {...start}
          county={application.call.countyCode}
          known={application.links}
          coApplicants={application.coApplicants}
          labelOf={labelOf}
          onSubmit={session.submit}
          cancelHref={toFundingApplication({ id })}
        />
      )}
    />
  );
}

function ApplicationForm({
  initialInput,
  initialError,
  notice,
  county,
  known,
  coApplicants,
  labelOf,
  onSubmit,
  cancelHref,
}: {
  initialInput: ApplicationInput;
  initialError?: unknown;
  notice?: string;
  county: string;
  known: Links;
  coApplicants: { id: string; name: string }[];
  labelOf: (field: string) => string;
  onSubmit: (input: ApplicationInput) => Promise<void>;
  cancelHref: string;
}) {
  const { t } = useTranslation();
  const [partners, setPartners] = useState<OrganisationEntry[]>(() =>
    organisationEntriesOf(
      (initialInput.coApplicantIds ?? []).map((id) => ({
        id,
        name: coApplicants.find((o) => o.id === id)?.name ?? id,
      })),
    ),
  );
  const [projectName, setProjectName] = useState(initialInput.projectName);
  const [description, setDescription] = useState(initialInput.description ?? '');
  const [amount, setAmount] = useState(initialInput.amountApplied);
  const [startsOn, setStartsOn] = useState(initialInput.startsOn);
  const [endsOn, setEndsOn] = useState(initialInput.endsOn);
  const [links, setLinks] = useState<LinksValue>({
    goalAreaIds: initialInput.goalAreaIds ?? [],
    strategies: initialInput.strategies ?? [],
    targetGroups: initialInput.targetGroups ?? [],
  });
  return (
    <ServerForm
      form={FORM}
      fields={applicationFields}
      labelOf={labelOf}
      submitLabel={t('funding.applicationForm.save')}
      cancelHref={cancelHref}
      notice={notice}
      initialError={initialError}
      onSubmit={() =>
        onSubmit({
          applicantOrganisationId: initialInput.applicantOrganisationId,
          coApplicantIds: idsOf(partners),
          projectName,
          description: description || undefined,
          amountApplied: decimalOf(amount) ?? '',
          startsOn,
          endsOn,
          ...links,
        })
      }
    >
      <FormField form={FORM} name="coApplicantIds">
        <OrganisationsField
          legend={labelOf('coApplicantIds')}
          item={(n) => t('funding.applicationForm.coApplicant', { n })}
          entries={partners}
          onChange={setPartners}
        />
      </FormField>
      <FormField form={FORM} name="projectName">
        <TextField
          name="projectName"
          label={labelOf('projectName')}
          isRequired
          value={projectName}
          onChange={setProjectName}
        />
      </FormField>
      <FormField form={FORM} name="description">
        <TextArea name="description" label={labelOf('description')} value={description} onChange={setDescription} />
      </FormField>
      <FormField form={FORM} name="amountApplied">
        <TextField
          name="amountApplied"
          label={labelOf('amountApplied')}
          description={t('funding.amountHelp')}
          inputMode="decimal"
          isRequired
          value={amount}
          onChange={setAmount}
        />
      </FormField>
      <FormField form={FORM} name="startsOn">
        <TextField
          name="startsOn"
          label={labelOf('startsOn')}
          description={t('funding.dateHelp')}
          isRequired
          value={startsOn}
          onChange={setStartsOn}
        />
      </FormField>
      <FormField form={FORM} name="endsOn">
        <TextField
          name="endsOn"
          label={labelOf('endsOn')}
          description={t('funding.dateHelp')}
          isRequired
          value={endsOn}
          onChange={setEndsOn}
        />
      </FormField>
      <FormField form={FORM} name="goalAreaIds">
        <LinksFields idPrefix="" county={county} value={links} known={known} onChange={setLinks} />
      </FormField>
    </ServerForm>
  );
}
