import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import {
  listItemsOf,
  OrderedListEditor,
  SearchComboBox,
  Select,
  TextArea,
  TextField,
  type ListItem,
} from '../../../design-system';
import { useCountyForums } from '../api/getForums';
import { levels, type Forum, type ForumInput, type ForumKind, type ForumLevel, type ForumRelation } from '../types';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';
import { useListLabels } from './useListLabels';
import { useOrganisationOptions } from '../../../components';

const FORM = 'forum';
export const forumFields = [
  'name',
  'kind',
  'level',
  'countyCode',
  'convenerOrganisationId',
  'chair',
  'description',
  'meetingsPerYear',
  'invitedAsNeeded',
  'mandate',
  'purposes',
  'parentForumId',
  'parentRelation',
  'endsOn',
] as const;
type Field = (typeof forumFields)[number];

type Values = {
  name: string;
  kind: ForumKind | null;
  level: ForumLevel | null;
  countyCode: string;
  convenerOrganisationId: string | null;
  convenerName: string;
  chair: string;
  description: string;
  meetingsPerYear: string;
  invitedAsNeeded: string;
  mandate: ListItem[];
  purposes: ListItem[];
  parentForumId: string | null;
  parentRelation: ForumRelation | null;
  endsOn: string;
  agreementIds: string[];
};

export function valuesOf(forum: Forum | undefined, countyCode: string): Values {
  return {
    name: forum?.name ?? '',
    kind: forum?.kind ?? 'FORUM',
    level: forum?.level ?? 'REGIONAL',
    countyCode: forum?.countyCode ?? countyCode,
    convenerOrganisationId: forum?.convener?.id ?? null,
    convenerName: forum?.convener?.name ?? '',
    chair: forum?.chair ?? '',
    description: forum?.description ?? '',
    meetingsPerYear: forum?.meetingsPerYear?.toString() ?? '',
    invitedAsNeeded: forum?.invitedAsNeeded ?? '',
    mandate: listItemsOf(forum?.mandate ?? []),
    purposes: listItemsOf(forum?.purposes ?? []),
    parentForumId: forum?.parent?.id ?? null,
    parentRelation: forum?.parent?.relation ?? null,
    endsOn: forum?.endsOn ?? '',
    agreementIds: forum?.agreements.map((agreement) => agreement.id) ?? [],
  };
}

function toInput(values: Values): ForumInput {
  const number = values.meetingsPerYear.trim();
  return {
    name: values.name,
    kind: values.kind as ForumKind,
    level: values.level as ForumLevel,
    countyCode: values.level === 'NATIONAL' ? undefined : optional(values.countyCode),
    convenerOrganisationId: values.convenerOrganisationId ?? undefined,
    chair: optional(values.chair),
    description: optional(values.description),
    // A number the server can refuse at the field; text that is no number is sent as it is typed.
    meetingsPerYear:
      number === '' ? undefined : Number.isFinite(Number(number)) ? Number(number) : (number as unknown as number),
    invitedAsNeeded: optional(values.invitedAsNeeded),
    mandate: values.mandate.map((item) => item.value),
    purposes: values.purposes.map((item) => item.value),
    parentForumId: values.parentForumId ?? undefined,
    parentRelation: values.parentRelation ?? undefined,
    endsOn: optional(values.endsOn),
    // The linked agreements are kept as they are.
    agreementIds: values.agreementIds,
  };
}

/**
 * A forum's own fields: name, kind, level, convener, chair, rhythm, mandate and purposes in order, the forum it
 * prepares for or reports to, and the end of a working group.
 */
export function ForumForm({
  initial,
  forumId,
  submitLabel,
  cancelHref,
  onSubmit,
  onReload,
}: {
  initial: Values;
  forumId?: string;
  submitLabel: string;
  cancelHref: string;
  onSubmit: (input: ForumInput) => Promise<void>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useForumErrorText();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const label = (field: string) => t(`forums.form.fields.${field as Field}`);
  const forums = useCountyForums(values.countyCode || undefined);
  const mandateLabels = useListLabels(
    label('mandate'),
    (position) => t('forums.form.mandateItem', { position }),
    t('forums.form.mandateAdd'),
    t('forums.form.empty'),
  );
  const purposeLabels = useListLabels(
    label('purposes'),
    (position) => t('forums.form.purposesItem', { position }),
    t('forums.form.purposesAdd'),
    t('forums.form.empty'),
  );

  return (
    <ServerForm
      form={FORM}
      fields={forumFields}
      labelOf={label}
      describeError={describeError}
      onSubmit={() => onSubmit(toInput(values))}
      onReload={onReload}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
    >
      <FormField form={FORM} name="name">
        <TextField
          name="name"
          label={label('name')}
          isRequired
          value={values.name}
          onChange={(value) => set('name', value)}
        />
      </FormField>
      <FormField form={FORM} name="kind">
        <Select
          name="kind"
          label={label('kind')}
          isRequired
          options={(['FORUM', 'NETWORK', 'WORKING_GROUP'] as const).map((kind) => ({
            id: kind,
            label: t(`forumKind.${kind}`),
          }))}
          value={values.kind}
          onChange={(kind) => set('kind', kind as ForumKind | null)}
        />
      </FormField>
      <FormField form={FORM} name="level">
        <Select
          name="level"
          label={label('level')}
          isRequired
          options={levels.map((level) => ({ id: level, label: t(`levelOption.${level}`) }))}
          value={values.level}
          onChange={(level) => set('level', level as ForumLevel | null)}
        />
      </FormField>
      <FormField form={FORM} name="convenerOrganisationId">
        <SearchComboBox
          name="convenerOrganisationId"
          label={label('convenerOrganisationId')}
          emptyText={t('forums.actionItem.organisationEmpty')}
          value={values.convenerOrganisationId}
          valueLabel={values.convenerName}
          onChange={(id, name) =>
            setValues((previous) => ({ ...previous, convenerOrganisationId: id, convenerName: name }))
          }
          useOptions={useOrganisationOptions}
        />
      </FormField>
      <FormField form={FORM} name="chair">
        <TextField name="chair" label={label('chair')} value={values.chair} onChange={(value) => set('chair', value)} />
      </FormField>
      <FormField form={FORM} name="description">
        <TextArea
          name="description"
          rows={4}
          label={label('description')}
          value={values.description}
          onChange={(value) => set('description', value)}
        />
      </FormField>
      <FormField form={FORM} name="meetingsPerYear">
        <TextField
          name="meetingsPerYear"
          inputMode="numeric"
          label={label('meetingsPerYear')}
          value={values.meetingsPerYear}
          onChange={(value) => set('meetingsPerYear', value)}
        />
      </FormField>
      <FormField form={FORM} name="invitedAsNeeded">
        <TextArea
          name="invitedAsNeeded"
          rows={2}
          label={label('invitedAsNeeded')}
          value={values.invitedAsNeeded}
          onChange={(value) => set('invitedAsNeeded', value)}
        />
      </FormField>
      <FormField form={FORM} name="mandate">
        <OrderedListEditor
          name="mandate"
          items={values.mandate}
          onChange={(items) => set('mandate', items)}
          labels={mandateLabels}
        />
      </FormField>
      <FormField form={FORM} name="purposes">
        <OrderedListEditor
          name="purposes"
          items={values.purposes}
          onChange={(items) => set('purposes', items)}
          labels={purposeLabels}
        />
      </FormField>
      <FormField form={FORM} name="parentForumId">
        <Select
          name="parentForumId"
          label={label('parentForumId')}
          emptyOption={t('forums.form.noParent')}
          options={(forums.data?.items ?? [])
            .filter((forum) => forum.id !== forumId)
            .map((forum) => ({ id: forum.id, label: forum.name }))}
          value={values.parentForumId}
          onChange={(id) => set('parentForumId', id)}
        />
      </FormField>
      <FormField form={FORM} name="parentRelation">
        <Select
          name="parentRelation"
          label={label('parentRelation')}
          emptyOption={t('forums.form.noRelation')}
          options={(['PREPARES_FOR', 'REPORTS_TO'] as const).map((relation) => ({
            id: relation,
            label: t(`forums.relationLabel.${relation}`),
          }))}
          value={values.parentRelation}
          onChange={(relation) => set('parentRelation', relation as ForumRelation | null)}
        />
      </FormField>
      <FormField form={FORM} name="endsOn">
        <TextField
          type="date"
          name="endsOn"
          label={label('endsOn')}
          description={t('forums.form.endsOnHint')}
          value={values.endsOn}
          onChange={(value) => set('endsOn', value)}
        />
      </FormField>
    </ServerForm>
  );
}
