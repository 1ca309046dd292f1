import { useTranslation } from 'react-i18next';
import { conflictText, FormField, useBoundFields, type SessionFormStart } from '../../../components';
import { listItemsOf, OrderedListEditor, type ListItem, type OrderedListEditorLabels } from '../../../design-system';
import { useCountyForums } from '../api/getForums';
import { levels, type Forum, type ForumInput, type ForumKind, type ForumLevel, type ForumRelation } from '../types';
import { numberOrText, optional } from './optional';
import { useListLabels } from './useListLabels';
import { ForumServerForm } from './ForumServerForm';

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

export type ForumFormValues = {
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

export function valuesOf(forum: Forum | undefined, countyCode: string): ForumFormValues {
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

export function toForumInput(values: ForumFormValues): ForumInput {
  return {
    name: values.name,
    kind: values.kind as ForumKind,
    level: values.level as ForumLevel,
    countyCode: values.level === 'NATIONAL' ? undefined : optional(values.countyCode),
    convenerOrganisationId: values.convenerOrganisationId ?? undefined,
    chair: optional(values.chair),
    description: optional(values.description),
    meetingsPerYear: values.meetingsPerYear.trim() === '' ? undefined : numberOrText(values.meetingsPerYear),
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

/** The fields compared on a conflict: the convener by the name shown for it. */
export const forumConflictFields = forumFields.map((name) =>
  name === 'convenerOrganisationId' ? 'convenerName' : name,
) as readonly (keyof ForumFormValues)[];

export function useForumFieldLabel() {
  const { t } = useTranslation();
  return (field: string) =>
    t(`forums.form.fields.${(field === 'convenerName' ? 'convenerOrganisationId' : field) as Field}`);
}

/** A forum field's value in words for the conflict screen: choices by their names, the parent by its name. */
export function useDescribeForumValue(countyCode: string) {
  const { t } = useTranslation();
  const forums = useCountyForums(countyCode || undefined);
  return (field: keyof ForumFormValues, value: unknown): string => {
    if (typeof value === 'string' && value !== '') {
      if (field === 'kind') return t(`forumKind.${value as ForumKind}`);
      if (field === 'level') return t(`levelOption.${value as ForumLevel}`);
      if (field === 'parentRelation') return t(`forums.relationLabel.${value as ForumRelation}`);
      if (field === 'parentForumId') return forums.data?.items.find((forum) => forum.id === value)?.name ?? value;
    }
    return conflictText(value);
  };
}

/**
 * A forum's own fields: name, kind, level, convener, chair, rhythm, mandate and purposes in order, the forum it
 * prepares for or reports to, and the end of a working group.
 */
export function ForumForm({
  initialInput: initial,
  forumId,
  submitLabel,
  cancelHref,
  onSubmit,
  ...start
}: SessionFormStart<ForumFormValues> & {
  forumId?: string;
  submitLabel: string;
  cancelHref: string;
  onSubmit: (values: ForumFormValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const label = useForumFieldLabel();
  const { values, set, field } = useBoundFields(FORM, initial, label);
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
  const list = (name: 'mandate' | 'purposes', labels: OrderedListEditorLabels) => (
    <FormField form={FORM} name={name}>
      <OrderedListEditor
        name={name}
        items={values[name]}
        onChange={(items) => set({ [name]: items })}
        labels={labels}
      />
    </FormField>
  );

  return (
    <ForumServerForm
      form={FORM}
      fields={forumFields}
      labelOf={label}
      onSubmit={() => onSubmit(values)}
      {...start}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
    >
      {field.text('name', { isRequired: true })}
      {field.select('kind', {
        isRequired: true,
        options: (['FORUM', 'NETWORK', 'WORKING_GROUP'] as const).map((kind) => ({
          id: kind,
          label: t(`forumKind.${kind}`),
        })),
      })}
      {field.select('level', {
        isRequired: true,
        options: levels.map((level) => ({ id: level, label: t(`levelOption.${level}`) })),
      })}
      {field.organisation('convenerOrganisationId', 'convenerName', {
        emptyText: t('forums.actionItem.organisationEmpty'),
      })}
      {field.text('chair')}
      {field.textArea('description', { rows: 4 })}
      {field.text('meetingsPerYear', { inputMode: 'numeric' })}
      {field.textArea('invitedAsNeeded', { rows: 2 })}
      {list('mandate', mandateLabels)}
      {list('purposes', purposeLabels)}
      {field.select('parentForumId', {
        emptyOption: t('forums.form.noParent'),
        options: (forums.data?.items ?? [])
          .filter((forum) => forum.id !== forumId)
          .map((forum) => ({ id: forum.id, label: forum.name })),
      })}
      {field.select('parentRelation', {
        emptyOption: t('forums.form.noRelation'),
        options: (['PREPARES_FOR', 'REPORTS_TO'] as const).map((relation) => ({
          id: relation,
          label: t(`forums.relationLabel.${relation}`),
        })),
      })}
      {field.text('endsOn', { type: 'date', description: t('forums.form.endsOnHint') })}
    </ForumServerForm>
  );
}
