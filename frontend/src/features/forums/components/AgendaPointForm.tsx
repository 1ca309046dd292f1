import { useTranslation } from 'react-i18next';
import { useBoundFields, type SessionFormStart, type Snapshot } from '../../../components';
import { etagOfVersion } from '../../../lib/api';
import { agendaItemKinds, type AgendaItem, type AgendaItemInput, type AgendaItemKind } from '../types';
import { optional } from './optional';
import { ForumServerForm } from './ForumServerForm';
import { pointIn, type OnGone, type PointRead, type ReadMeetingAgain } from './meetingRead';

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

/** Only the fields a point's form shows, of a point's state that holds more. */
export function shownValues({
  title,
  kind,
  presenter,
  agreementId,
  description,
}: AgendaPointValues): AgendaPointValues {
  return { title, kind, presenter, agreementId, description };
}

/**
 * A meeting's point as its forms edit it: the fields a form shows, and what the API takes back as it is (the goal
 * area, the minutes), so a save sends the whole point and a re-apply keeps what someone else stored there.
 */
export type AgendaPointState = AgendaPointValues & { goalAreaId: string | null; minutes: string };

/** A point as read (its minutes from the minutes) in the shape its forms edit. */
export function agendaPointState(item: AgendaItem, minutes?: string): AgendaPointState {
  return { ...agendaPointValues(item), goalAreaId: item.goalArea?.id ?? null, minutes: minutes ?? '' };
}

/** A point's version as its forms edit it (its minutes from the minutes), with its ETag. */
export function pointSnapshot(item: AgendaItem, minutes?: string): Snapshot<AgendaPointState> {
  return { input: agendaPointState(item, minutes), etag: etagOfVersion(item.version) };
}

/**
 * A form over one point on the meeting's page (see `VersionedEdit`): the point as read opens it, the meeting read
 * again gives its latest version, and it follows newer versions the page reads.
 */
export function pointVersion(read: PointRead, readAgain: ReadMeetingAgain, onGone?: OnGone) {
  return {
    follow: true,
    read,
    readAgain: async () => pointIn(await readAgain(), read.item.id, onGone),
    snapshotOf: (point: PointRead) => pointSnapshot(point.item, point.minutes),
  };
}

/** A meeting's point as the API takes it back: every field, the minutes and links too. */
export function agendaPointInput(state: AgendaPointState): AgendaItemInput {
  return {
    ...typedAgendaItem(state),
    agreementId: state.agreementId ?? undefined,
    goalAreaId: state.goalAreaId ?? undefined,
    minutes: optional(state.minutes),
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
  initialInput: initial,
  labelOf,
  submitLabel,
  presenter = false,
  agreements,
  descriptionRows = 3,
  isDirty,
  emptyAfterSave = false,
  onSubmit,
  ...start
}: SessionFormStart<AgendaPointValues> & {
  form: string;
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
      {...start}
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
