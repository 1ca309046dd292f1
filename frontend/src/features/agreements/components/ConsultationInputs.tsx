import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSelect, FormTextArea, ServerForm } from '../../../components';
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

/** Section and text of one input: a new one, or one being changed. */
function InputForm({
  agreement,
  form,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  agreement: Agreement;
  form: string;
  initial: { goalAreaId: string | null; text: string };
  submitLabel: string;
  onSave: (body: { goalAreaId?: string; text: string }) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useActionErrorText();
  const [goalAreaId, setGoalAreaId] = useState<string | null>(initial.goalAreaId);
  const [text, setText] = useState(initial.text);
  const labels: Record<string, string> = {
    goalAreaId: t('agreements.consultation.section'),
    text: t('agreements.consultation.text'),
  };
  return (
    <ServerForm
      form={form}
      fields={FIELDS}
      labelOf={(field) => labels[field] ?? field}
      submitLabel={submitLabel}
      requiredHint={false}
      describeError={describeError}
      isDirty={goalAreaId !== initial.goalAreaId}
      extraActions={onCancel && <Button onPress={onCancel}>{t('common.form.cancel')}</Button>}
      onSubmit={async () => {
        await onSave({ goalAreaId: goalAreaId ?? undefined, text });
      }}
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

/** One input as the coordinator (or its author) reads it: text, organisation, when, and its change form. */
function InputItem({ agreement, input }: { agreement: Agreement; input: ConsultationInput }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const update = useUpdateConsultationInput();
  const date = (value: string) => formatDateTime(value, locale(i18n.language));
  if (editing) {
    return (
      <li className="consultation-input">
        <InputForm
          agreement={agreement}
          form={`consultation-${input.id}`}
          initial={{ goalAreaId: input.goalAreaId ?? null, text: input.text }}
          submitLabel={t('agreements.consultation.save')}
          onCancel={() => setEditing(false)}
          onSave={async (body) => {
            await update.mutateAsync({
              agreementId: agreement.id,
              inputId: input.id,
              etag: etagOfVersion(input.version),
              body,
            });
            setEditing(false);
            setSaved(true);
          }}
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
        <Button onPress={() => setEditing(true)}>
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
  const inputs = query.data ?? [];
  if (!reads || (agreement.status !== 'CONSULTATION' && inputs.length === 0)) return null;
  const sections = consultationSections(agreement.goalAreas, inputs);
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
            initial={{ goalAreaId: null, text: '' }}
            submitLabel={t('agreements.consultation.submit')}
            onSave={async (body) => {
              await add.mutateAsync({ agreementId: agreement.id, body });
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
              <InputItem key={`${input.id}-${input.version}`} agreement={agreement} input={input} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
