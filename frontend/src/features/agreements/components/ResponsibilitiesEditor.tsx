import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ConfirmAction,
  FormField,
  FormSelect,
  RemovedMeanwhile,
  ServerForm,
  type SessionFormStart,
  VersionedEdit,
} from '../../../components';
import { Alert, Button, DataTable, RadioGroup, type Option } from '../../../design-system';
import { ApiError, etagOfVersion, isStale } from '../../../lib/api';
import { useAddResponsibility } from '../api/addResponsibility';
import { useRemoveResponsibility } from '../api/removeResponsibility';
import { useUpdateResponsibility } from '../api/updateResponsibility';
import {
  levels,
  responsibilityKinds,
  type GoalArea,
  type Level,
  type Party,
  type Responsibility,
  type ResponsibilityInput,
  type ResponsibilityKind,
} from '../types';
import { ActionError, useActionErrorText } from './ActionError';
import { labelField } from './fieldLabels';
import { goalAreaName } from './format';

const FORM = 'responsibility';
/** The choice "övriga undertecknande parter" in the party list (ids are UUIDs, so it cannot clash). */
const ALL_OTHERS = 'all-other-signatories';
const fields = ['organisationId', 'allOtherSignatories', 'kind', 'level'] as const;

type Values = { party: string | null; kind: ResponsibilityKind | null; level: Level | null };
/** What the form edits, in its order, for the conflict screen. */
const valuesFields = ['party', 'kind', 'level'] as const;
type ValuesField = (typeof valuesFields)[number];

function valuesOf(responsibility: Responsibility | null): Values {
  if (!responsibility) return { party: null, kind: 'RESPONSIBLE', level: null };
  return {
    party: responsibility.allOtherSignatories ? ALL_OTHERS : (responsibility.organisation?.id ?? null),
    kind: responsibility.kind,
    level: responsibility.level ?? null,
  };
}

function toInput(values: Values): ResponsibilityInput {
  const allOthers = values.party === ALL_OTHERS;
  return {
    organisationId: allOthers ? undefined : (values.party ?? undefined),
    allOtherSignatories: allOthers,
    // Missing choices are sent as null so the server names the fields.
    kind: values.kind as ResponsibilityKind,
    level: values.level as Level,
  };
}

/** The party, kind and level of a responsibility: a new one, or one being changed. */
function ResponsibilityForm({
  options,
  noParties,
  initialInput: initial,
  labelOf,
  submitLabel,
  onSubmit,
  onCancel,
  ...start
}: SessionFormStart<Values> & {
  options: Option[];
  /** The agreement has no parties yet (only "övriga undertecknande parter" to choose). */
  noParties: boolean;
  labelOf: (field: string) => string;
  submitLabel: string;
  /** Saves; a new one's form is emptied afterwards. */
  onSubmit: (values: Values) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useActionErrorText();
  const [values, setValues] = useState(initial);
  return (
    <ServerForm
      form={FORM}
      fields={fields}
      labelOf={labelOf}
      {...start}
      describeError={describeError}
      requiredHint={false}
      submitLabel={submitLabel}
      // The selects send no input event: a choice other than the one the form started with is a change.
      isDirty={values.party !== initial.party || values.kind !== initial.kind || values.level !== initial.level}
      extraActions={onCancel && <Button onPress={onCancel}>{t('agreements.responsibilities.cancelEdit')}</Button>}
      onSubmit={async () => {
        await onSubmit(values);
        setValues(initial);
      }}
    >
      <FormSelect
        name="organisationId"
        label={t('agreements.responsibilities.party')}
        description={
          noParties ? t('agreements.responsibilities.noPartiesHint') : t('agreements.responsibilities.partyHint')
        }
        placeholder={t('agreements.responsibilities.partyPlaceholder')}
        isRequired
        options={options}
        value={values.party}
        onChange={(party) => setValues((previous) => ({ ...previous, party }))}
      />
      <FormField form={FORM} name="kind">
        <RadioGroup
          name="kind"
          label={t('agreements.responsibilities.kind')}
          orientation="horizontal"
          isRequired
          options={responsibilityKinds.map((kind) => ({ id: kind, label: t(`responsibilityKind.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => setValues((previous) => ({ ...previous, kind: kind as ResponsibilityKind }))}
        />
      </FormField>
      <FormSelect
        name="level"
        label={t('agreements.responsibilities.level')}
        placeholder={t('agreements.responsibilities.levelPlaceholder')}
        isRequired
        options={levels.map((level) => ({ id: level, label: t(`levelOption.${level}`) }))}
        value={values.level}
        onChange={(level) => setValues((previous) => ({ ...previous, level: level as Level | null }))}
      />
    </ServerForm>
  );
}

type Feedback = ({ error: unknown } | { success: string }) & { seq: number };

/** The responsibility of a goal area as read, or a not-found refusal when someone else removed it meanwhile. */
function responsibilityIn(goalArea: GoalArea, id: string, gone: string): Responsibility {
  const found = goalArea.responsibilities.find((responsibility) => responsibility.id === id);
  if (!found)
    throw new ApiError(404, { status: 404, title: gone, detail: gone, type: 'urn:samverkan:problem:not-found' });
  return found;
}

/**
 * Who answers for a goal area: the list (a table), each row changed or removed on its own (with its version), and
 * a form to add one — a named party or "övriga undertecknande parter", responsible or other, at a level. A change
 * follows the row as the page reads it; when someone else saved the row meanwhile (412), the conflict screen shows
 * their party, kind and level beside mine, to re-apply mine onto their version or start again from it.
 */
export function ResponsibilitiesEditor({
  agreementId,
  goalArea,
  parties,
  readAgain,
  onStale,
}: {
  agreementId: string;
  goalArea: GoalArea;
  parties: Party[];
  /** Reads the goal area again (e.g. `() => refetched(query)`), for the latest version of a row after a 412. */
  readAgain: () => Promise<GoalArea>;
  /** Someone else changed a responsibility that was to be removed: read the goal area again. */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddResponsibility();
  const update = useUpdateResponsibility();
  const remove = useRemoveResponsibility();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  // The row whose save found it removed by someone else meanwhile: a 404, or a 412 whose latest read lacks it.
  const [removedId, setRemovedId] = useState<string | null>(null);
  const removedOnSave = (id: string, error: unknown) => {
    if (error instanceof ApiError && error.is('not-found')) setRemovedId(id);
  };
  const formHeading = useRef<HTMLHeadingElement>(null);
  // The row being changed as the page reads it now; gone when someone else removed it.
  const editing = goalArea.responsibilities.find((responsibility) => responsibility.id === editingId) ?? null;
  const removed = editingId !== null && removedId === editingId;
  const gone = editingId !== null && editing === null && !removed;
  const nameOf = (responsibility: Responsibility) =>
    responsibility.allOtherSignatories
      ? t('agreements.responsibilities.allOthers')
      : (responsibility.organisation?.name ?? responsibility.collectiveParty ?? '');
  // Every organisation the goal area names: the parties, and any a row names that is not (or no longer) a party.
  const names = new Map(parties.map((party) => [party.organisation.id, party.organisation.name]));
  for (const { organisation } of goalArea.responsibilities) {
    if (organisation && !names.has(organisation.id)) names.set(organisation.id, organisation.name);
  }
  /** The parties to choose; a named organisation that is not a party stays choosable for the row that names it. */
  const optionsFor = (named: (string | null)[]): Option[] => {
    const options: Option[] = parties.map((party) => ({ id: party.organisation.id, label: party.organisation.name }));
    for (const id of named) {
      if (id && id !== ALL_OTHERS && !options.some((option) => option.id === id))
        options.push({ id, label: names.get(id) ?? id });
    }
    options.push({ id: ALL_OTHERS, label: t('agreements.responsibilities.allOthers') });
    return options;
  };
  const labels: Record<string, string> = {
    party: t('agreements.responsibilities.party'),
    organisationId: t('agreements.responsibilities.party'),
    allOtherSignatories: t('agreements.responsibilities.party'),
    kind: t('agreements.responsibilities.kind'),
    level: t('agreements.responsibilities.level'),
  };
  const labelOf = (field: string) => labelField(field, labels);
  const describe = (field: ValuesField, value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (field === 'party') {
      if (value === ALL_OTHERS) return t('agreements.responsibilities.allOthers');
      return typeof value === 'string' ? (names.get(value) ?? '') : '';
    }
    if (field === 'kind') return t(`responsibilityKind.${value as ResponsibilityKind}`);
    return t(`levelOption.${value as Level}`);
  };

  const report = (outcome: { error?: unknown; success?: string }) => {
    const seq = (feedback?.seq ?? 0) + 1;
    if (outcome.error) {
      setFeedback({ error: outcome.error, seq });
      if (isStale(outcome.error)) onStale();
    } else {
      setFeedback({ success: outcome.success ?? '', seq });
    }
  };

  const startEditing = (responsibility: Responsibility | null) => {
    setEditingId(responsibility?.id ?? null);
    requestAnimationFrame(() => formHeading.current?.focus());
  };

  return (
    <section aria-labelledby="responsibilities-heading" className="responsibilities-editor">
      <h2 id="responsibilities-heading">{t('agreements.responsibilities.title')}</h2>
      <p>{t('agreements.responsibilities.intro')}</p>
      {feedback && 'error' in feedback && <ActionError key={feedback.seq} error={feedback.error} />}
      {feedback && 'success' in feedback && (
        <Alert key={feedback.seq} tone="success" title={feedback.success} focusOnMount />
      )}
      {goalArea.responsibilities.length === 0 ? (
        <p>{t('agreements.responsibilities.none')}</p>
      ) : (
        <DataTable
          caption={t('agreements.responsibilities.caption', { name: goalAreaName(goalArea) })}
          columns={[
            { key: 'party', header: t('agreements.responsibilities.party') },
            { key: 'kind', header: t('agreements.responsibilities.kind') },
            { key: 'level', header: t('agreements.responsibilities.level') },
            { key: 'actions', header: t('agreements.detail.actions') },
          ]}
          rows={goalArea.responsibilities.map((responsibility) => {
            const name = nameOf(responsibility);
            return {
              key: responsibility.id,
              cells: [
                name,
                t(`responsibilityKind.${responsibility.kind}`),
                responsibility.level ? t(`levelOption.${responsibility.level}`) : t('agreements.detail.levelNotStated'),
                <div className="part-actions" key="actions">
                  <Button onPress={() => startEditing(responsibility)}>
                    {t('agreements.responsibilities.edit')}
                    <span className="visually-hidden">{` ${name}`}</span>
                  </Button>
                  <ConfirmAction
                    label={t('agreements.form.remove')}
                    hiddenLabel={name}
                    title={t('agreements.responsibilities.confirmRemove', { name })}
                    confirmLabel={t('agreements.form.remove')}
                    action={() =>
                      remove.mutateAsync({
                        agreementId,
                        goalAreaId: goalArea.id,
                        responsibilityId: responsibility.id,
                        etag: etagOfVersion(responsibility.version),
                      })
                    }
                    onDone={({ error }) => {
                      if (!error && editingId === responsibility.id) setEditingId(null);
                      report({ error, success: t('agreements.responsibilities.removed', { name }) });
                    }}
                  />
                </div>,
              ],
            };
          })}
        />
      )}
      {gone && <Alert tone="warning" title={t('agreements.responsibilities.gone')} />}
      {removed ? (
        // Instead of the form: what I changed cannot be saved, and the list may still show the row.
        <RemovedMeanwhile
          title={t('agreements.responsibilities.gone')}
          text={t('agreements.responsibilities.goneText')}
          onReadAgain={() => {
            setRemovedId(null);
            setEditingId(null);
            onStale();
          }}
        />
      ) : (
        <h3 ref={formHeading} tabIndex={-1}>
          {editing
            ? t('agreements.responsibilities.editTitle', { name: nameOf(editing) })
            : t('agreements.responsibilities.addTitle')}
        </h3>
      )}
      {removed ? null : editing ? (
        <VersionedEdit
          key={editing.id}
          follow
          read={editing}
          readAgain={async () => {
            try {
              return responsibilityIn(await readAgain(), editing.id, t('agreements.responsibilities.gone'));
            } catch (error) {
              removedOnSave(editing.id, error);
              throw error;
            }
          }}
          snapshotOf={(read: Responsibility) => ({ input: valuesOf(read), etag: etagOfVersion(read.version) })}
          save={async (values, etag) => {
            try {
              await update.mutateAsync({
                agreementId,
                goalAreaId: goalArea.id,
                responsibilityId: editing.id,
                etag,
                input: toInput(values),
              });
            } catch (error) {
              // The server's not-found problem: the row (or its goal area) was removed after the page read it.
              removedOnSave(editing.id, error);
              throw error;
            }
            setEditingId(null);
            report({ success: t('agreements.responsibilities.updated') });
          }}
          fields={valuesFields}
          labelOf={labelOf}
          describe={describe}
          renderForm={(start, session) => (
            <ResponsibilityForm
              {...start}
              options={optionsFor([editing.organisation?.id ?? null, start.initialInput.party])}
              noParties={parties.length === 0}
              labelOf={labelOf}
              submitLabel={t('agreements.responsibilities.save')}
              onCancel={() => startEditing(null)}
              onSubmit={session.submit}
            />
          )}
        />
      ) : (
        <ResponsibilityForm
          key="new"
          options={optionsFor([])}
          noParties={parties.length === 0}
          initialInput={valuesOf(null)}
          labelOf={labelOf}
          submitLabel={t('agreements.responsibilities.add')}
          onSubmit={async (values) => {
            await add.mutateAsync({ agreementId, goalAreaId: goalArea.id, input: toInput(values) });
            setEditingId(null);
            report({ success: t('agreements.responsibilities.added') });
          }}
        />
      )}
    </section>
  );
}
