import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError, ConfirmAction, PageNotLoaded } from '../../../components';
import {
  Alert,
  BackLink,
  Button,
  CheckboxGroup,
  Form,
  PageHeading,
  RadioGroup,
  TextArea,
  TextField,
} from '../../../design-system';
import { toSurvey } from '../../../lib/links';
import { useAnswer, type VersionedAnswer } from '../api/getAnswer';
import { useSurvey } from '../api/getSurvey';
import { useReopenAnswer } from '../api/reopenAnswer';
import { useSaveAnswer } from '../api/saveAnswer';
import { useSubmitAnswer } from '../api/submitAnswer';
import { AGREEMENTS, type AnswerItemInput, type Question, type Survey } from '../types';
import '../styles.css';

const routeApi = getRouteApi('/surveys/$id/answers/$organisationId');

/**
 * An organisation's answer: a draft its members save and submit; afterwards what was submitted, which those who run
 * the survey may reopen while it is open.
 */
export function AnswerPage() {
  const { t } = useTranslation();
  const { id, organisationId } = routeApi.useParams();
  const survey = useSurvey(id);
  const answer = useAnswer(id, organisationId);
  // Kept here, not in the form: the form is shown anew for each version, the reopened one included.
  const reopen = useReopenAnswer();
  const [reopened, setReopened] = useState<{ error?: unknown }>();
  const back = { href: toSurvey({ id }), label: survey.isSuccess ? survey.data.survey.title : t('surveys.title') };
  if (!survey.isSuccess) return <PageNotLoaded query={survey} notFoundTitle={t('surveys.notFound')} back={back} />;
  if (!answer.isSuccess)
    return <PageNotLoaded query={answer} notFoundTitle={t('surveys.answer.notFound')} back={back} />;
  const { etag } = answer.data;
  return (
    <AnswerForm
      key={etag}
      survey={survey.data.survey}
      organisationId={organisationId}
      versioned={answer.data}
      reopening={
        <>
          {answer.data.answer.permissions.reopen && (
            <div className="survey-actions">
              <ConfirmAction
                label={t('surveys.answer.reopen')}
                title={t('surveys.answer.reopenTitle', { organisation: answer.data.answer.organisation.name })}
                confirmLabel={t('surveys.answer.reopen')}
                action={() => reopen.mutateAsync({ id, organisationId, etag })}
                onDone={setReopened}
              >
                <p>{t('surveys.answer.reopenText')}</p>
              </ConfirmAction>
            </div>
          )}
          {reopened &&
            (reopened.error ? (
              <ActionError error={reopened.error} title={t('surveys.refused')} />
            ) : (
              <p role="status">{t('surveys.answer.reopened')}</p>
            ))}
        </>
      }
    />
  );
}

type Draft = Record<string, AnswerItemInput>;

function initial(versioned: VersionedAnswer): Draft {
  const draft: Draft = {};
  for (const item of versioned.answer.items) {
    draft[item.questionKey] = {
      questionKey: item.questionKey,
      agreement: item.agreement,
      comment: item.comment,
      publishable: item.publishable,
      text: item.text,
      number: item.number,
      women: item.women,
      men: item.men,
      options: item.options,
    };
  }
  return draft;
}

/** Empty fields are left out, so a draft may be saved half done. */
function items(draft: Draft): AnswerItemInput[] {
  return Object.values(draft)
    .map((item) => ({
      ...item,
      comment: item.comment?.trim() ? item.comment : undefined,
      text: item.text?.trim() ? item.text : undefined,
      options: item.options?.length ? item.options : undefined,
    }))
    .filter(
      (item) =>
        item.agreement !== undefined ||
        item.comment !== undefined ||
        item.text !== undefined ||
        item.number !== undefined ||
        item.women !== undefined ||
        item.men !== undefined ||
        item.options !== undefined,
    );
}

const toNumber = (value: string) => {
  const n = Number(value.trim().replace(',', '.'));
  return value.trim() === '' || Number.isNaN(n) ? undefined : n;
};

function AnswerForm({
  survey,
  organisationId,
  versioned,
  reopening,
}: {
  survey: Survey;
  organisationId: string;
  versioned: VersionedAnswer;
  /** Reopening a submitted answer, for those who run the survey. */
  reopening: ReactNode;
}) {
  const { t } = useTranslation();
  const save = useSaveAnswer();
  const submit = useSubmitAnswer();
  const [draft, setDraft] = useState<Draft>(() => initial(versioned));
  const { answer, etag } = versioned;
  const editable = answer.permissions.save;
  const set = (key: string, change: Partial<AnswerItemInput>) =>
    setDraft({ ...draft, [key]: { ...(draft[key] ?? { questionKey: key }), ...change } });
  const etagIfSaved = answer.version > 0 || answer.status ? etag : undefined;
  return (
    <>
      <BackLink href={toSurvey({ id: survey.id })}>{survey.title}</BackLink>
      <PageHeading>{t('surveys.answer.title', { organisation: answer.organisation.name })}</PageHeading>
      <p>
        {answer.status === 'SUBMITTED'
          ? t('surveys.answer.submitted')
          : answer.status === 'DRAFT'
            ? t('surveys.answer.draft')
            : t('surveys.answer.notStarted')}
      </p>
      {reopening}
      {!editable && answer.status !== 'SUBMITTED' && (
        <Alert tone="info" title={t('surveys.answer.readOnly')}>
          <p>{t('surveys.answer.readOnlyHelp')}</p>
        </Alert>
      )}
      <ActionError error={save.error ?? submit.error} title={t('surveys.refused')} />
      <Form
        aria-label={t('surveys.answer.form')}
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ id: survey.id, organisationId, etag: etagIfSaved, items: items(draft) });
        }}
      >
        {survey.themes.map((theme) => (
          <fieldset key={theme.id} className="survey-theme">
            <legend>{theme.title}</legend>
            {theme.questions.map((question) => (
              <QuestionField
                key={question.key}
                question={question}
                value={draft[question.key]}
                disabled={!editable}
                onChange={(change) => set(question.key, change)}
              />
            ))}
          </fieldset>
        ))}
        {editable && (
          <div className="survey-actions">
            <Button type="submit" variant="secondary" isDisabled={save.isPending}>
              {t('surveys.answer.save')}
            </Button>
            {/* Submitting saves first, so a member may submit what they have just typed without saving it. */}
            <Button
              variant="primary"
              isDisabled={submit.isPending || save.isPending}
              onPress={() =>
                save.mutate(
                  { id: survey.id, organisationId, etag: etagIfSaved, items: items(draft) },
                  {
                    onSuccess: (saved) => submit.mutate({ id: survey.id, organisationId, etag: saved.etag }),
                  },
                )
              }
            >
              {t('surveys.answer.submit')}
            </Button>
          </div>
        )}
        {save.isSuccess && !submit.isSuccess && <p role="status">{t('surveys.answer.saved')}</p>}
        {submit.isSuccess && <p role="status">{t('surveys.answer.submittedNow')}</p>}
      </Form>
    </>
  );
}

function QuestionField({
  question,
  value,
  disabled,
  onChange,
}: {
  question: Question;
  value: AnswerItemInput | undefined;
  disabled: boolean;
  onChange: (change: Partial<AnswerItemInput>) => void;
}) {
  const { t } = useTranslation();
  const label = question.required ? `${question.text} ${t('surveys.answer.required')}` : question.text;
  const numberText = (n: number | undefined) => (n === undefined ? '' : String(n));
  return (
    <div className="survey-question">
      {question.kind === 'STATEMENT' && (
        <>
          <RadioGroup
            label={label}
            description={question.help}
            options={AGREEMENTS.map((agreement) => ({ id: agreement, label: t(`surveys.agreement.${agreement}`) }))}
            value={value?.agreement ?? null}
            onChange={(agreement) => !disabled && onChange({ agreement: agreement as AnswerItemInput['agreement'] })}
          />
          {question.commentMode !== 'NONE' && (
            <>
              <TextArea
                label={
                  question.commentMode === 'REQUIRED'
                    ? t('surveys.answer.commentRequired')
                    : t('surveys.answer.comment')
                }
                value={value?.comment ?? ''}
                onChange={(comment) => onChange({ comment })}
                isReadOnly={disabled}
              />
              <CheckboxGroup
                label={t('surveys.answer.publishableLabel')}
                options={[{ id: 'publishable', label: t('surveys.answer.publishable') }]}
                value={value?.publishable ? ['publishable'] : []}
                onChange={(chosen) => !disabled && onChange({ publishable: chosen.includes('publishable') })}
              />
            </>
          )}
        </>
      )}
      {question.kind === 'TEXT' && (
        <TextArea
          label={label}
          description={question.help}
          value={value?.text ?? ''}
          onChange={(text) => onChange({ text })}
          isReadOnly={disabled}
        />
      )}
      {question.kind === 'NUMBER' &&
        (question.genderSplit ? (
          <fieldset>
            <legend>
              {label}
              {question.unit ? ` (${question.unit})` : ''}
            </legend>
            <TextField
              label={t('surveys.answer.women')}
              value={numberText(value?.women)}
              onChange={(v) => onChange({ women: toNumber(v) })}
              inputMode="decimal"
              isReadOnly={disabled}
            />
            <TextField
              label={t('surveys.answer.men')}
              value={numberText(value?.men)}
              onChange={(v) => onChange({ men: toNumber(v) })}
              inputMode="decimal"
              isReadOnly={disabled}
            />
            <TextField
              label={t('surveys.answer.total')}
              value={numberText(value?.number)}
              onChange={(v) => onChange({ number: toNumber(v) })}
              inputMode="decimal"
              isReadOnly={disabled}
            />
          </fieldset>
        ) : (
          <TextField
            label={question.unit ? `${label} (${question.unit})` : label}
            value={numberText(value?.number)}
            onChange={(v) => onChange({ number: toNumber(v) })}
            inputMode="decimal"
            isReadOnly={disabled}
          />
        ))}
      {question.kind === 'SINGLE_CHOICE' && (
        <RadioGroup
          label={label}
          options={question.options.map((option) => ({ id: option, label: option }))}
          value={value?.options?.[0] ?? null}
          onChange={(option) => !disabled && onChange({ options: [option] })}
        />
      )}
      {question.kind === 'MULTIPLE_CHOICE' && (
        <CheckboxGroup
          label={label}
          options={question.options.map((option) => ({ id: option, label: option }))}
          value={value?.options ?? []}
          onChange={(options) => !disabled && onChange({ options })}
        />
      )}
    </div>
  );
}
