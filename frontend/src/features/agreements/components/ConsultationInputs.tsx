import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormSelect,
  FormTextArea,
  refetched,
  ServerForm,
  VersionedEdit,
  type Snapshot,
  type SessionFormStart,
} from '../../../components';
import { Alert, Button } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useAddConsultationInput } from '../api/addConsultationInput';
import { useConsultationInputs } from '../api/getConsultationInputs';
import { useUpdateConsultationInput } from '../api/updateConsultationInput';
import type { Agreement, ConsultationInput } from '../types';
import { useActionErrorText } from './ActionError';
import { consultationSections } from './consultation';
import { goalAreaName } from './format';

const FIELDS = ['goalAreaId', 'text'] as const;

type InputValues = { goalAreaId: string | null; text: string };

const inputSnapshot = (input: ConsultationInput): Snapshot<InputValues> => ({
  input: { goalAreaId: input.goalAreaId ?? null, text: input.text },
  etag: etagOfVersion(input.version),
});

/** Section and text of one input: a new one, or one being changed. */
function InputForm({
  agreement,
  form,
  initialInput: initial,
  submitLabel,
  onSave,
  onCancel,
  ...start
}: SessionFormStart<InputValues> & {
  agreement: Agreement;
  form: string;
  submitLabel: string;
  onSave: (values: InputValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useActionErrorText();
  const labelOf = useInputLabel();
  const [goalAreaId, setGoalAreaId] = useState<string | null>(initial.goalAreaId);
  const [text, setText] = useState(initial.text);
  return (
    <ServerForm
      form={form}
      fields={FIELDS}
      labelOf={labelOf}
      submitLabel={submitLabel}
      {...start}
      requiredHint={false}
      describeError={describeError}
      isDirty={goalAreaId !== initial.goalAreaId}
      extraActions={onCancel && <Button onPress={onCancel}>{t('common.form.cancel')}</Button>}
      onSubmit={() => onSave({ goalAreaId, text })}
    >
      <FormSelect
        name="goalAreaId"
        label={t('agreements.consultation.section')}
        emptyOption={t('agreements.consultation.wholeAgreement')}
        options={agreement.goalAreas.map((goalArea) => ({ id: goalArea.id, label: goalAreaName(goalArea) }))}
        value={goalAreaId}
        onChange={setGoalAreaId}
      />
      <FormTextArea
        name="text"
        label={t('agreements.consultation.text')}
        description={t('agreements.consultation.textHint')}
        isRequired
        value={text}
        onChange={setText}
      />
    </ServerForm>
  );
}

function useInputLabel() {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    goalAreaId: t('agreements.consultation.section'),
    text: t('agreements.consultation.text'),
  };
  return (field: string) => labels[field] ?? field;
}

const toBody = ({ goalAreaId, text }: InputValues) => ({ goalAreaId: goalAreaId ?? undefined, text });

/**
 * One input as the coordinator (or its author) reads it: text, organisation, when, and its change form. The form
 * follows the input as the page reads it; when someone else saved it meanwhile (412), the conflict screen shows their
 * section and text beside mine, to re-apply mine onto their version or start again from it.
 */
function InputItem({
  agreement,
  input,
  editing,
  saved,
  onEdit,
  onClose,
  readAgain,
}: {
  agreement: Agreement;
  input: ConsultationInput;
  /** Whether its change form is open; the list keeps it in its section meanwhile (see `ConsultationInputs`). */
  editing: boolean;
  /** Whether it was just saved. */
  saved: boolean;
  onEdit: () => void;
  /** Closes the change form, after a save or not. */
  onClose: (saved: boolean) => void;
  /** Reads the inputs again (e.g. `() => refetched(query)`). */
  readAgain: () => Promise<ConsultationInput[]>;
}) {
  const { t, i18n } = useTranslation();
  const update = useUpdateConsultationInput();
  const labelOf = useInputLabel();
  const date = (value: string) => formatDateTime(value, locale(i18n.language));
  if (editing) {
    return (
      <li className="consultation-input">
        <VersionedEdit
          follow
          read={input}
          readAgain={async () => {
            const latest = (await readAgain()).find((candidate) => candidate.id === input.id);
            if (!latest) throw new Error(`Consultation input ${input.id} is no longer readable`);
            return latest;
          }}
          snapshotOf={inputSnapshot}
          save={async (values, etag) => {
            await update.mutateAsync({ agreementId: agreement.id, inputId: input.id, etag, body: toBody(values) });
            onClose(true);
          }}
          fields={FIELDS}
          labelOf={labelOf}
          describe={(field, value) => {
            if (field === 'text') return typeof value === 'string' ? value : '';
            const goalArea = agreement.goalAreas.find((candidate) => candidate.id === value);
            return goalArea ? goalAreaName(goalArea) : t('agreements.consultation.wholeAgreement');
          }}
          renderForm={(start, session) => (
            <InputForm
              {...start}
              agreement={agreement}
              form={`consultation-${input.id}`}
              submitLabel={t('agreements.consultation.save')}
              onCancel={() => onClose(false)}
              onSave={session.submit}
            />
          )}
        />
      </li>
    );
  }
  return (
    <li className="consultation-input">
      {saved && <Alert tone="success" title={t('agreements.consultation.saved')} />}
      {input.text.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} className="prose">
          {paragraph}
        </p>
      ))}
      <p className="muted">
        {t('agreements.consultation.byline', {
          organisation: input.organisation.name,
          date: date(input.createdAt),
          user: input.createdBy,
        })}
        {input.updatedAt !== input.createdAt &&
          ` ${t('agreements.consultation.changed', { date: date(input.updatedAt), user: input.updatedBy })}`}
      </p>
      {input.editable && (
        <Button onPress={onEdit}>
          {t('agreements.consultation.edit')}
          <span className="visually-hidden">{` ${input.organisation.name}`}</span>
        </Button>
      )}
    </li>
  );
}

/**
 * The parties' input during consultation (förankring), per section: the agreement as a whole, then each goal area.
 * A party's members leave and change their organisation's input while the consultation is open; those who manage
 * the agreement read every party's. Shown to those, and only while there is a consultation or input to read.
 */
export function ConsultationInputs({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const { permissions } = agreement;
  const give = permissions.giveConsultationInput;
  const reads = give || permissions.runFollowUp;
  const query = useConsultationInputs(agreement.id, { enabled: reads });
  const add = useAddConsultationInput();
  const [added, setAdded] = useState(0);
  // The inputs being changed, each with the section it stood in when its form opened, and the one just saved.
  const [editing, setEditing] = useState<ReadonlyMap<string, string | undefined>>(new Map());
  const [savedId, setSavedId] = useState<string | null>(null);
  const inputs = query.data ?? [];
  if (!reads || (agreement.status !== 'CONSULTATION' && inputs.length === 0)) return null;
  // An input being changed stays in that section (its form would start again if it moved), even when a newer
  // version read (e.g. for the conflict screen) puts it in another.
  const sections = consultationSections(
    agreement.goalAreas,
    inputs.map((input) => (editing.has(input.id) ? { ...input, goalAreaId: editing.get(input.id) } : input)),
  );
  const latest = new Map(inputs.map((input) => [input.id, input]));
  const edit = (input: ConsultationInput, open: boolean) =>
    setEditing((previous) => {
      const next = new Map(previous);
      if (open) next.set(input.id, input.goalAreaId);
      else next.delete(input.id);
      return next;
    });
  return (
    <section aria-labelledby="agreement-consultation" className="consultation no-print">
      <h2 id="agreement-consultation">{t('agreements.consultation.title')}</h2>
      <p>
        {give
          ? t('agreements.consultation.partyIntro')
          : agreement.status === 'CONSULTATION'
            ? t('agreements.consultation.coordinatorIntro')
            : t('agreements.consultation.closedIntro')}
      </p>
      {query.isError && <Alert tone="error" title={t('agreements.consultation.notLoaded')} />}
      {give && (
        <>
          <h3>{t('agreements.consultation.newTitle')}</h3>
          {added > 0 && <Alert key={added} tone="success" title={t('agreements.consultation.added')} />}
          <InputForm
            key={added}
            agreement={agreement}
            form="consultation-new"
            initialInput={{ goalAreaId: null, text: '' }}
            submitLabel={t('agreements.consultation.submit')}
            onSave={async (values) => {
              await add.mutateAsync({ agreementId: agreement.id, body: toBody(values) });
              setAdded((count) => count + 1);
            }}
          />
        </>
      )}
      {query.isSuccess && inputs.length === 0 && <p>{t('agreements.consultation.none')}</p>}
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`consultation-${section.key}`} className="consultation-section">
          <h3 id={`consultation-${section.key}`}>
            {section.goalArea ? goalAreaName(section.goalArea) : t('agreements.consultation.wholeAgreement')}
          </h3>
          <ul className="consultation-list">
            {section.inputs.map((input) => (
              <InputItem
                key={input.id}
                agreement={agreement}
                input={latest.get(input.id) ?? input}
                editing={editing.has(input.id)}
                saved={savedId === input.id}
                onEdit={() => {
                  setSavedId(null);
                  edit(input, true);
                }}
                onClose={(saved) => {
                  edit(input, false);
                  if (saved) setSavedId(input.id);
                }}
                readAgain={() => refetched(query)}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
