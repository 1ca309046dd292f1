import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, FormSelect, ServerForm, useFormDefinition, useOrganisationOptions } from '../../../components';
import { CheckboxGroup, RadioGroup, SearchComboBox, TextField, type Option } from '../../../design-system';
import { useMunicipalities } from '../../../lib/reference';
import { useCreateGrant } from '../api/createGrant';
import { useCountyForums } from '../api/getCountyForums';
import { useGrantUserSearch } from '../api/searchGrantUsers';
import { isGrantKind, type GrantInput, type GrantKind, type SubjectType } from '../types';
import { FederationMembers } from './FederationMembers';
import { IndicatorPicker, type PickedIndicator } from './IndicatorPicker';

const FORM = 'grant';
const fields = ['kind', 'subject', 'forumId', 'organisationId', 'municipalityCodes', 'indicatorIds'] as const;

/** People matching the typed text, named with their username so namesakes are told apart. */
function useUserOptions(search: string | undefined): Option[] {
  const users = useGrantUserSearch(search?.trim() ?? '');
  return (users.data ?? []).map((user) => ({
    id: user.username,
    label: user.name ? `${user.name} (${user.username})` : user.username,
  }));
}

/** What the form sends: the scope fields the chosen kind needs, the others left out. */
export function buildGrantInput(
  countyCode: string | null,
  values: {
    kind: GrantKind;
    subjectType: SubjectType;
    subject: string;
    subjectName: string;
    forumId: string | null;
    organisationId: string | null;
    municipalityCodes: readonly string[];
    indicatorIds: readonly string[];
  },
): GrantInput {
  const input: GrantInput = {
    kind: values.kind,
    subjectType: values.kind === 'STATISTICS_PROVIDER' ? values.subjectType : 'USER',
    subject: values.subject,
    subjectName: values.subjectName || undefined,
  };
  switch (values.kind) {
    case 'COUNTY_COORDINATOR':
      return { ...input, countyCode: countyCode ?? undefined };
    case 'FORUM_EDITOR':
      return { ...input, forumId: values.forumId ?? undefined };
    case 'FEDERATION_COORDINATOR':
      return { ...input, organisationId: values.organisationId ?? undefined };
    case 'LOK_AUTHOR':
      return {
        ...input,
        organisationId: values.organisationId ?? undefined,
        municipalityCodes: [...values.municipalityCodes],
      };
    case 'STATISTICS_PROVIDER':
      return { ...input, indicatorIds: [...values.indicatorIds] };
    case 'NATIONAL_READER':
      return input;
  }
}

type Props = {
  /** The county granted in; null for the grants outside any county (admins). */
  countyCode: string | null;
  /** The kinds offered, in order. */
  kinds: readonly GrantKind[];
  onGranted: (subject: string) => void;
};

/**
 * Grants a right: the kind, the person (searched in Keycloak) or, for a statistics provider, a service account (its
 * client id), and the scope the kind needs (forum, organisation, municipalities, named indicators).
 */
export function GrantForm({ countyCode, kinds, onGranted }: Props) {
  const { t } = useTranslation();
  const create = useCreateGrant();
  const [kind, setKind] = useState<GrantKind>(
    kinds.includes('FORUM_EDITOR') ? 'FORUM_EDITOR' : (kinds[0] ?? 'NATIONAL_READER'),
  );
  const [subjectType, setSubjectType] = useState<SubjectType>('SERVICE_ACCOUNT');
  const [clientId, setClientId] = useState('');
  const [subject, setSubject] = useState<{ id: string | null; label: string }>({ id: null, label: '' });
  const [forumId, setForumId] = useState<string | null>(null);
  const [organisation, setOrganisation] = useState<{ id: string | null; label: string }>({ id: null, label: '' });
  const [municipalityCodes, setMunicipalityCodes] = useState<string[]>([]);
  const [indicators, setIndicators] = useState<PickedIndicator[]>([]);
  const forums = useCountyForums(countyCode ?? '', kind === 'FORUM_EDITOR' && countyCode !== null);
  const municipalities = useMunicipalities(kind === 'LOK_AUTHOR' ? countyCode : null);
  const serviceAccount = kind === 'STATISTICS_PROVIDER' && subjectType === 'SERVICE_ACCOUNT';

  const definition = useFormDefinition(FORM, fields, 'grants.form');
  const labelOf = definition.labelOf;
  const submit = async () => {
    const username = serviceAccount ? clientId.trim() : (subject.id ?? '');
    const granted = await create.mutateAsync(
      buildGrantInput(countyCode, {
        kind,
        subjectType: serviceAccount ? 'SERVICE_ACCOUNT' : 'USER',
        subject: username,
        subjectName: serviceAccount ? '' : subject.label.replace(` (${username})`, ''),
        forumId,
        organisationId: organisation.id,
        municipalityCodes,
        indicatorIds: indicators.map((indicator) => indicator.id),
      }),
    );
    setSubject({ id: null, label: '' });
    setClientId('');
    onGranted(granted.subjectName ?? granted.subject);
  };

  return (
    <ServerForm {...definition} onSubmit={submit} submitLabel={t('grants.form.submit')}>
      <FormSelect
        name="kind"
        isRequired
        options={kinds.map((id) => ({ id, label: t(`grantKind.${id}`) }))}
        value={kind}
        onChange={(value) => {
          if (isGrantKind(value)) setKind(value);
        }}
        description={t(`grantKindHelp.${kind}`)}
      />
      {kind === 'STATISTICS_PROVIDER' && (
        <RadioGroup
          label={t('grants.form.subjectType')}
          name="subjectType"
          options={[
            { id: 'SERVICE_ACCOUNT', label: t('grants.form.serviceAccount') },
            { id: 'USER', label: t('grants.form.person') },
          ]}
          value={subjectType}
          onChange={(value) => setSubjectType(value === 'USER' ? 'USER' : 'SERVICE_ACCOUNT')}
        />
      )}
      <FormField form={FORM} name="subject">
        {serviceAccount ? (
          <TextField
            label={t('grants.form.clientId')}
            name="subject"
            isRequired
            description={t('grants.form.clientIdHelp')}
            value={clientId}
            onChange={setClientId}
          />
        ) : (
          <SearchComboBox
            label={labelOf('subject')}
            name="subject"
            isRequired
            description={t('grants.form.subjectHelp')}
            emptyText={t('grants.form.noUsers')}
            value={subject.id}
            valueLabel={subject.label}
            onChange={(id, label) => setSubject({ id, label })}
            useOptions={useUserOptions}
          />
        )}
      </FormField>
      {kind === 'FORUM_EDITOR' && (
        <FormSelect
          name="forumId"
          isRequired
          options={(forums.data?.items ?? []).map((forum) => ({ id: forum.id, label: forum.name }))}
          value={forumId}
          onChange={setForumId}
        />
      )}
      {(kind === 'FEDERATION_COORDINATOR' || kind === 'LOK_AUTHOR') && (
        <FormField form={FORM} name="organisationId">
          <SearchComboBox
            label={kind === 'LOK_AUTHOR' ? t('grants.form.organisation') : t('grants.form.federation')}
            name="organisationId"
            isRequired
            emptyText={t('grants.form.noOrganisations')}
            value={organisation.id}
            valueLabel={organisation.label}
            onChange={(id, label) => setOrganisation({ id, label })}
            useOptions={useOrganisationOptions}
          />
        </FormField>
      )}
      {kind === 'FEDERATION_COORDINATOR' && organisation.id !== null && (
        <FederationMembers federationId={organisation.id} />
      )}
      {kind === 'LOK_AUTHOR' && (
        <FormField form={FORM} name="municipalityCodes">
          <CheckboxGroup
            label={labelOf('municipalityCodes')}
            name="municipalityCodes"
            isRequired
            options={(municipalities.data ?? []).map((m) => ({ id: m.code, label: m.name }))}
            value={municipalityCodes}
            onChange={setMunicipalityCodes}
          />
        </FormField>
      )}
      {kind === 'STATISTICS_PROVIDER' && (
        <FormField form={FORM} name="indicatorIds">
          <IndicatorPicker countyCode={countyCode} value={indicators} onChange={setIndicators} />
        </FormField>
      )}
    </ServerForm>
  );
}
