import { useTranslation } from 'react-i18next';
import {
  conflictText,
  FormEnumSelect,
  FormField,
  FormRepeatingGroup,
  ServerForm,
  useBoundFields,
  useOrganisationOptions,
  type EntityFormProps,
} from '../../../components';
import { SearchComboBox } from '../../../design-system';
import { partyRoles, type Party, type PartyInput, type PartyRole } from '../types';
import { useActionErrorText } from './ActionError';
import { labelField } from './fieldLabels';

const FORM = 'party';
const fields = ['organisationId', 'role', 'signatories', 'signedOn'] as const;
/** The fields compared on a conflict: the organisation by its name. */
export const partyConflictFields = ['organisationName', 'role', 'signatories', 'signedOn'] as const;

type SignatoryRow = { key: string; name: string; title: string };
let rowKey = 0;
function newSignatoryRow(name = '', title = ''): SignatoryRow {
  rowKey += 1;
  return { key: `signatory-${rowKey}`, name, title };
}

export type PartyFormValues = {
  organisationId: string | null;
  organisationName: string;
  role: PartyRole;
  signatories: SignatoryRow[];
  signedOn: string;
};

export function partyFormValues(party: Party | undefined): PartyFormValues {
  return {
    organisationId: party?.organisation.id ?? null,
    organisationName: party?.organisation.name ?? '',
    role: party?.role ?? 'SIGNATORY',
    signatories: (party?.signatories ?? []).map((signatory) => newSignatoryRow(signatory.name, signatory.title ?? '')),
    signedOn: party?.signedOn ?? '',
  };
}

/** The request body; a missing organisation is sent as null so the server names the field. */
export function toPartyInput(values: PartyFormValues): PartyInput {
  return {
    organisationId: values.organisationId as string,
    role: values.role,
    signatories: values.signatories.map((row) => ({ name: row.name.trim(), title: row.title.trim() || undefined })),
    signedOn: values.signedOn || undefined,
  };
}

export type PartyFormProps = EntityFormProps<PartyFormValues>;

/** The label of a party field or of a signatory's part. */
export function usePartyFieldLabel() {
  const { t } = useTranslation();
  const labels = Object.fromEntries(fields.map((field) => [field, t(`agreements.party.fields.${field}`)]));
  labels.organisationName = labels.organisationId;
  return (field: string) =>
    labelField(field, labels, (list, n, part) =>
      list === 'signatories' && part
        ? t('agreements.party.signatoryField', {
            n,
            field: t(part === 'name' ? 'agreements.party.signatoryName' : 'agreements.party.signatoryTitle'),
          })
        : undefined,
    );
}

/** A party field's value in words for the conflict screen: the role by name, signatories one a line. */
export function useDescribePartyValue() {
  const { t } = useTranslation();
  return (field: keyof PartyFormValues, value: unknown): string => {
    if (field === 'role' && typeof value === 'string') return t(`partyRole.${value as PartyRole}`);
    if (field === 'signatories')
      return (value as SignatoryRow[]).map((row) => [row.name, row.title].filter(Boolean).join(', ')).join('\n');
    return conflictText(value);
  };
}

/** A party of an agreement: the organisation (searched in the register), its role, who signed and when. */
export function PartyForm({ initialInput, onSubmit, submitLabel, cancelHref, notice, initialError }: PartyFormProps) {
  const { t } = useTranslation();
  const describeError = useActionErrorText();
  const labelOf = usePartyFieldLabel();
  const { values, set, field } = useBoundFields(FORM, initialInput, labelOf);

  return (
    <ServerForm
      form={FORM}
      fields={fields}
      labelOf={labelOf}
      describeError={describeError}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      notice={notice}
      initialError={initialError}
      onSubmit={() => onSubmit(values)}
    >
      <FormField form={FORM} name="organisationId">
        <SearchComboBox
          name="organisationId"
          label={t('agreements.party.fields.organisationId')}
          description={t('agreements.party.organisationHint')}
          emptyText={t('agreements.party.organisationEmpty')}
          isRequired
          value={values.organisationId}
          valueLabel={values.organisationName}
          onChange={(organisationId, label) =>
            set({ organisationId, organisationName: label.replace(/ \([^)]*\)$/, '') })
          }
          useOptions={useOrganisationOptions}
        />
      </FormField>
      <FormEnumSelect
        name="role"
        values={partyRoles}
        labelOfValue={(role) => t(`partyRole.${role}`)}
        value={values.role}
        onChange={(role) => set({ role })}
      />
      <FormRepeatingGroup
        name="signatories"
        items={values.signatories}
        onChange={(signatories) => set({ signatories })}
        newItem={() => newSignatoryRow()}
        labels={{
          legend: t('agreements.party.fields.signatories'),
          description: t('agreements.party.signatoriesHint'),
          item: (n) => t('agreements.party.signatory', { n }),
          add: t('agreements.party.addSignatory'),
          remove: t('agreements.form.remove'),
          added: (n) => t('agreements.party.signatoryAdded', { n }),
          removed: (n) => t('agreements.party.signatoryRemoved', { n }),
          empty: t('agreements.party.noSignatories'),
        }}
        renderItem={(_row, entry) => (
          <>
            {entry.text('name', { label: t('agreements.party.signatoryName'), isRequired: true, autoComplete: 'off' })}
            {entry.text('title', {
              label: t('agreements.party.signatoryTitle'),
              description: t('agreements.party.signatoryTitleHint'),
            })}
          </>
        )}
      />
      {field.text('signedOn', { type: 'date', description: t('agreements.party.signedOnHint') })}
    </ServerForm>
  );
}
