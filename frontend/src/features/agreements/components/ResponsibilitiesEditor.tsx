import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, FormSelect, ServerForm } from '../../../components';
import { Alert, Button, DataTable, RadioGroup, type Option } from '../../../design-system';
import { etagOfVersion, isStale } from '../../../lib/api';
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
import { ConfirmAction } from '../../../components';
import { labelField } from './fieldLabels';
import { goalAreaName } from './format';

const FORM = 'responsibility';
/** The choice "övriga undertecknande parter" in the party list (ids are UUIDs, so it cannot clash). */
const ALL_OTHERS = 'all-other-signatories';
const fields = ['organisationId', 'allOtherSignatories', 'kind', 'level'] as const;

type Values = { party: string | null; kind: ResponsibilityKind | null; level: Level | null };

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

function ResponsibilityForm({
  parties,
  editing,
  onSubmit,
  onCancel,
}: {
  parties: Party[];
  editing: Responsibility | null;
  onSubmit: (input: ResponsibilityInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useActionErrorText();
  const [values, setValues] = useState(() => valuesOf(editing));
  const options: Option[] = parties.map((party) => ({ id: party.organisation.id, label: party.organisation.name }));
  // A responsibility may name an organisation that is not (or no longer) a party: it stays choosable.
  const named = editing?.organisation;
  if (named && !options.some((option) => option.id === named.id)) {
    options.push({ id: named.id, label: named.name });
  }
  options.push({ id: ALL_OTHERS, label: t('agreements.responsibilities.allOthers') });
  const labelOf = (field: string) =>
    labelField(field, {
      organisationId: t('agreements.responsibilities.party'),
      allOtherSignatories: t('agreements.responsibilities.party'),
      kind: t('agreements.responsibilities.kind'),
      level: t('agreements.responsibilities.level'),
    });

  return (
    <ServerForm
      form={FORM}
      fields={fields}
      labelOf={labelOf}
      describeError={describeError}
      requiredHint={false}
      submitLabel={editing ? t('agreements.responsibilities.save') : t('agreements.responsibilities.add')}
      extraActions={onCancel && <Button onPress={onCancel}>{t('agreements.responsibilities.cancelEdit')}</Button>}
      onSubmit={async () => {
        await onSubmit(toInput(values));
        if (!editing) setValues(valuesOf(null));
      }}
    >
      <FormSelect
        name="organisationId"
        label={t('agreements.responsibilities.party')}
        description={
          parties.length === 0
            ? t('agreements.responsibilities.noPartiesHint')
            : t('agreements.responsibilities.partyHint')
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

/**
 * Who answers for a goal area: the list (a table), each row changed or removed on its own (with its version), and
 * a form to add one — a named party or "övriga undertecknande parter", responsible or other, at a level.
 */
export function ResponsibilitiesEditor({
  agreementId,
  goalArea,
  parties,
  onStale,
}: {
  agreementId: string;
  goalArea: GoalArea;
  parties: Party[];
  /** Someone else changed a responsibility: read the goal area again. */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddResponsibility();
  const update = useUpdateResponsibility();
  const remove = useRemoveResponsibility();
  const [editing, setEditing] = useState<Responsibility | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const nameOf = (responsibility: Responsibility) =>
    responsibility.allOtherSignatories
      ? t('agreements.responsibilities.allOthers')
      : (responsibility.organisation?.name ?? responsibility.collectiveParty ?? '');

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
    setEditing(responsibility);
    requestAnimationFrame(() => formHeading.current?.focus());
  };

  /** Adds or changes one; a stale version makes the list be read again, and the form says why nothing was saved. */
  const save = async (input: ResponsibilityInput) => {
    try {
      if (editing) {
        await update.mutateAsync({
          agreementId,
          goalAreaId: goalArea.id,
          responsibilityId: editing.id,
          etag: etagOfVersion(editing.version),
          input,
        });
        setEditing(null);
        report({ success: t('agreements.responsibilities.updated') });
      } else {
        await add.mutateAsync({ agreementId, goalAreaId: goalArea.id, input });
        report({ success: t('agreements.responsibilities.added') });
      }
    } catch (error) {
      if (isStale(error)) onStale();
      throw error;
    }
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
                      if (!error && editing?.id === responsibility.id) setEditing(null);
                      report({ error, success: t('agreements.responsibilities.removed', { name }) });
                    }}
                  />
                </div>,
              ],
            };
          })}
        />
      )}
      <h3 ref={formHeading} tabIndex={-1}>
        {editing
          ? t('agreements.responsibilities.editTitle', { name: nameOf(editing) })
          : t('agreements.responsibilities.addTitle')}
      </h3>
      <ResponsibilityForm
        key={editing?.id ?? 'new'}
        parties={parties}
        editing={editing}
        onCancel={editing ? () => startEditing(null) : undefined}
        onSubmit={save}
      />
    </section>
  );
}
