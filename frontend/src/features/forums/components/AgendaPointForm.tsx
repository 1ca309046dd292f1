import { useTranslation } from 'react-i18next';
import { useBoundFields } from '../../../components';
import { agendaItemKinds, type AgendaItem, type AgendaItemInput, type AgendaItemKind } from '../types';
import { optional } from './optional';
import { ForumServerForm } from './ForumServerForm';

export type AgendaPointValues = {
  title: string;
  kind: AgendaItemKind | null;
  presenter: string;
  agreementId: string | null;
  description: string;
};

/** A point's fields as a form shows them; empty for a new point. */
export function agendaPointValues(point?: {
  title: string;
  kind: AgendaItemKind;
  presenter?: string;
  agreement?: { id: string };
  description?: string;
}): AgendaPointValues {
  return {
    title: point?.title ?? '',
    kind: point?.kind ?? null,
    presenter: point?.presenter ?? '',
    agreementId: point?.agreement?.id ?? null,
    description: point?.description ?? '',
  };
}

/** A meeting's point as the API takes it back: as it is (links and minutes too), with `changes` laid over it. */
export function agendaItemInput(item: AgendaItem, changes: Partial<AgendaItemInput>): AgendaItemInput {
  return {
    title: item.title,
    kind: item.kind,
    description: item.description,
    presenter: item.presenter,
    agreementId: item.agreement?.id,
    goalAreaId: item.goalArea?.id,
    ...changes,
  };
}

/** The typed title, kind, presenter and description of a meeting's point, as the API takes them. */
export function typedAgendaItem(values: AgendaPointValues) {
  return {
    title: values.title,
    kind: values.kind as AgendaItemKind,
    presenter: optional(values.presenter),
    description: optional(values.description),
  };
}

/**
 * An agenda point's title and kind, and its description: the same form adds a point to a meeting, corrects one and
 * keeps the forum's standing points. A meeting's point names its presenter; a standing point may name the agreement
 * it follows up (`agreements`, those linked to the forum).
 */
export function AgendaPointForm({
  form,
  initial,
  labelOf,
  submitLabel,
  presenter = false,
  agreements,
  descriptionRows = 3,
  isDirty,
  emptyAfterSave = false,
  onSubmit,
}: {
  form: string;
  initial: AgendaPointValues;
  labelOf: (field: string) => string;
  submitLabel: string;
  presenter?: boolean;
  agreements?: readonly { id: string; title: string }[];
  descriptionRows?: number;
  /** Whether a choice (sending no input event) leaves changes to save. */
  isDirty?: (values: AgendaPointValues) => boolean;
  /** Whether the form empties after a save, for the next point. */
  emptyAfterSave?: boolean;
  /** Saves; throws when refused. */
  onSubmit: (values: AgendaPointValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { values, reset, field } = useBoundFields(form, initial, labelOf);
  const fields = [
    'title',
    'kind',
    ...(presenter ? ['presenter'] : []),
    ...(agreements ? ['agreementId'] : []),
    'description',
  ];
  return (
    <ForumServerForm
      form={form}
      fields={fields}
      labelOf={labelOf}
      isDirty={isDirty?.(values)}
      submitLabel={submitLabel}
      onSubmit={async () => {
        await onSubmit(values);
        if (emptyAfterSave) reset();
      }}
    >
      {field.text('title', { isRequired: true })}
      {field.select('kind', {
        isRequired: true,
        placeholder: t('forums.agenda.kindPlaceholder'),
        options: agendaItemKinds.map((kind) => ({ id: kind, label: t(`agendaItemKind.${kind}`) })),
      })}
      {presenter && field.text('presenter')}
      {agreements &&
        field.select('agreementId', {
          description: t('forums.standing.agreementHint'),
          emptyOption: t('forums.standing.noAgreement'),
          options: agreements.map((agreement) => ({ id: agreement.id, label: agreement.title })),
        })}
      {field.textArea('description', { rows: descriptionRows })}
    </ForumServerForm>
  );
}
