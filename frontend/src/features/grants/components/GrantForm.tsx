import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm, useOrganisationOptions } from '../../../components';
import { CheckboxGroup, SearchComboBox, Select, TextArea, type Option } from '../../../design-system';
import { useMunicipalities } from '../../../lib/reference';
import { useCreateGrant } from '../api/createGrant';
import { useCountyForums } from '../api/getCountyForums';
import { useGrantUserSearch } from '../api/searchGrantUsers';
import { countyGrantKinds, isGrantKind, type GrantInput, type GrantKind } from '../types';

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
  countyCode: string,
  values: {
    kind: GrantKind;
    subject: string;
    subjectName: string;
    forumId: string | null;
    organisationId: string | null;
    municipalityCodes: readonly string[];
    indicatorText: string;
  },
): GrantInput {
  const input: GrantInput = {
    kind: values.kind,
    subjectType: 'USER',
    subject: values.subject,
    subjectName: values.subjectName || undefined,
  };
  switch (values.kind) {
    case 'COUNTY_COORDINATOR':
      return { ...input, countyCode };
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
      return {
        ...input,
        indicatorIds: values.indicatorText
          .split(/[\s,]+/)
          .map((id) => id.trim())
          .filter(Boolean),
      };
    case 'NATIONAL_READER':
      return input;
  }
}

/** Grants a right in the county: the kind, the person (searched in Keycloak) and the scope the kind needs. */
export function GrantForm({ countyCode, onGranted }: { countyCode: string; onGranted: (subject: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateGrant();
  const [kind, setKind] = useState<GrantKind>('FORUM_EDITOR');
  const [subject, setSubject] = useState<{ id: string | null; label: string }>({ id: null, label: '' });
  const [forumId, setForumId] = useState<string | null>(null);
  const [organisation, setOrganisation] = useState<{ id: string | null; label: string }>({ id: null, label: '' });
  const [municipalityCodes, setMunicipalityCodes] = useState<string[]>([]);
  const [indicatorText, setIndicatorText] = useState('');
  const forums = useCountyForums(countyCode, kind === 'FORUM_EDITOR');
  const municipalities = useMunicipalities(kind === 'LOK_AUTHOR' ? countyCode : null);

  const labelOf = (field: string) => t(`grants.form.${field}` as 'grants.form.kind');
  const submit = async () => {
    const username = subject.id ?? '';
    const granted = await create.mutateAsync(
      buildGrantInput(countyCode, {
        kind,
        subject: username,
        subjectName: subject.label.replace(` (${username})`, ''),
        forumId,
        organisationId: organisation.id,
        municipalityCodes,
        indicatorText,
      }),
    );
    setSubject({ id: null, label: '' });
    onGranted(granted.subjectName ?? granted.subject);
  };

  return (
    <ServerForm form={FORM} fields={fields} labelOf={labelOf} onSubmit={submit} submitLabel={t('grants.form.submit')}>
      <FormField form={FORM} name="kind">
        <Select
          label={labelOf('kind')}
          name="kind"
          isRequired
          options={countyGrantKinds.map((id) => ({ id, label: t(`grantKind.${id}`) }))}
          value={kind}
          onChange={(value) => {
            if (isGrantKind(value)) setKind(value);
          }}
          description={t(`grantKindHelp.${kind}`)}
        />
      </FormField>
      <FormField form={FORM} name="subject">
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
      </FormField>
      {kind === 'FORUM_EDITOR' && (
        <FormField form={FORM} name="forumId">
          <Select
            label={labelOf('forumId')}
            name="forumId"
            isRequired
            options={(forums.data?.items ?? []).map((forum) => ({ id: forum.id, label: forum.name }))}
            value={forumId}
            onChange={setForumId}
          />
        </FormField>
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
          <TextArea
            label={labelOf('indicatorIds')}
            name="indicatorIds"
            isRequired
            rows={3}
            description={t('grants.form.indicatorIdsHelp')}
            value={indicatorText}
            onChange={setIndicatorText}
          />
        </FormField>
      )}
    </ServerForm>
  );
}
