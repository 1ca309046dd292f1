import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EditSessionView,
  type EntityFormProps,
  FormDateField,
  FormField,
  FormTextArea,
  FormTextField,
  NotPermittedPage,
  PageNotLoaded,
  ServerForm,
  useEditSession,
  useFieldLabels,
} from '../../../components';
import { BackLink, PageHeading } from '../../../design-system';
import { plainText } from '../../../lib/format';
import { toFundingApplication } from '../../../lib/links';
import { fetchApplication, useApplication, type VersionedApplication } from '../api/getApplication';
import { useUpdateApplication } from '../api/updateApplication';
import { LinksFields, linksValueOf, linksValueOfInput, type LinksValue } from '../components/LinksFields';
import {
  idsOf,
  organisationEntriesOfIds,
  OrganisationsField,
  type OrganisationEntry,
} from '../components/OrganisationsField';
import { decimalOf } from '../format';
import type { Application, ApplicationInput, Links, OrganisationReference, TargetGroup } from '../types';
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
      <BackLink href={toFundingApplication({ id })}>{application.projectName}</BackLink>
      <PageHeading>{t('funding.applicationForm.title', { name: application.projectName })}</PageHeading>
      <EditApplicationForm versioned={query.data} />
    </>
  );
}

function EditApplicationForm({ versioned }: { versioned: VersionedApplication }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateApplication();
  const labelOf = useFieldLabels(applicationFields, 'funding.field');
  const { application } = versioned;
  const id = application.id;
  // The co-applicants of the latest version read on a conflict: the versions compared name them by id.
  const [latestCoApplicants, setLatestCoApplicants] = useState<OrganisationReference[]>([]);
  const names = new Map<string, string>(
    [...application.coApplicants, ...latestCoApplicants].map((o) => [o.id, o.name]),
  );
  const session = useEditSession<ApplicationInput>({
    initial: { input: applicationInputOf(application), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await fetchApplication(id);
      setLatestCoApplicants(latest.application.coApplicants);
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
          submitLabel={t('funding.applicationForm.save')}
          cancelHref={toFundingApplication({ id })}
        />
      )}
    />
  );
}

function ApplicationForm({
  initialInput,
  county,
  known,
  coApplicants,
  labelOf,
  onSubmit,
  ...formProps
}: EntityFormProps<ApplicationInput> & {
  county: string;
  known: Links;
  coApplicants: { id: string; name: string }[];
  labelOf: (field: string) => string;
}) {
  const { t } = useTranslation();
  const [partners, setPartners] = useState<OrganisationEntry[]>(() =>
    organisationEntriesOfIds(initialInput.coApplicantIds, coApplicants),
  );
  const [projectName, setProjectName] = useState(initialInput.projectName);
  const [description, setDescription] = useState(initialInput.description ?? '');
  const [amount, setAmount] = useState(initialInput.amountApplied);
  const [startsOn, setStartsOn] = useState(initialInput.startsOn);
  const [endsOn, setEndsOn] = useState(initialInput.endsOn);
  const [links, setLinks] = useState<LinksValue>(linksValueOfInput(initialInput));
  return (
    <ServerForm
      form={FORM}
      fields={applicationFields}
      labelOf={labelOf}
      {...formProps}
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
      <FormTextField name="projectName" isRequired value={projectName} onChange={setProjectName} />
      <FormTextArea name="description" value={description} onChange={setDescription} />
      <FormTextField
        name="amountApplied"
        description={t('funding.amountHelp')}
        inputMode="decimal"
        isRequired
        value={amount}
        onChange={setAmount}
      />
      {(
        [
          ['startsOn', startsOn, setStartsOn],
          ['endsOn', endsOn, setEndsOn],
        ] as const
      ).map(([name, value, onChange]) => (
        <FormDateField key={name} name={name} isRequired value={value} onChange={onChange} />
      ))}
      <FormField form={FORM} name="goalAreaIds">
        <LinksFields idPrefix="" county={county} value={links} known={known} onChange={setLinks} />
      </FormField>
    </ServerForm>
  );
}
