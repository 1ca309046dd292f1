import { getRouteApi } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  ConfirmAction,
  PageNotLoaded,
  refetched,
  ServerForm,
  type Snapshot,
  VersionedEdit,
  type SessionFormStart,
} from '../../../components';
import {
  Alert,
  BackLink,
  Button,
  CheckboxGroup,
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

const FORM = 'answer';

/** What was last done on the page, for its status line. */
type Done = 'saved' | 'submitted';

/**
 * An organisation's answer: a draft its members save and submit; afterwards what was submitted, which those who run
 * the survey may reopen while it is open.
 */
export function AnswerPage() {
  const { t } = useTranslation();
  const { id, organisationId } = routeApi.useParams();
  const survey = useSurvey(id);
  const answer = useAnswer(id, organisationId);
  const reopen = useReopenAnswer();
  const [reopened, setReopened] = useState<{ error?: unknown }>();
  const [done, setDone] = useState<Done>();
  const back = { href: toSurvey({ id }), label: survey.isSuccess ? survey.data.survey.title : t('surveys.title') };
  if (!survey.isSuccess) return <PageNotLoaded query={survey} notFoundTitle={t('surveys.notFound')} back={back} />;
  if (!answer.isSuccess)
    return <PageNotLoaded query={answer} notFoundTitle={t('surveys.answer.notFound')} back={back} />;
  const { etag } = answer.data;
  const current = answer.data.answer;
  const { survey: asked } = survey.data;
  return (
    <>
      <BackLink href={toSurvey({ id: asked.id })}>{asked.title}</BackLink>
      <PageHeading>{t('surveys.answer.title', { organisation: current.organisation.name })}</PageHeading>
      <p>
        {current.status === 'SUBMITTED'
          ? t('surveys.answer.submitted')
          : current.status === 'DRAFT'
            ? t('surveys.answer.draft')
            : t('surveys.answer.notStarted')}
      </p>
      {current.permissions.reopen && (
        <div className="survey-actions">
          <ConfirmAction
            label={t('surveys.answer.reopen')}
            title={t('surveys.answer.reopenTitle', { organisation: current.organisation.name })}
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
      <p role="status">
        {done === 'submitted' ? t('surveys.answer.submittedNow') : done === 'saved' ? t('surveys.answer.saved') : ''}
      </p>
      {current.permissions.save ? (
        <EditAnswer
          survey={asked}
          organisationId={organisationId}
          versioned={answer.data}
          readAgain={() => refetched(answer)}
          onDone={setDone}
        />
      ) : (
        <>
          {current.status !== 'SUBMITTED' && (
            <Alert tone="info" title={t('surveys.answer.readOnly')}>
              <p>{t('surveys.answer.readOnlyHelp')}</p>
            </Alert>
          )}
          <div key={etag} aria-label={t('surveys.answer.form')} role="group">
            <Questions survey={asked} values={answerSnapshot(answer.data).input} disabled />
          </div>
        </>
      )}
    </>
  );
}

/** What is answered to one question, without empty parts (a comment of blanks is none). */
type ItemValue = Omit<AnswerItemInput, 'questionKey'>;

/** The answer being edited: per question key what is answered, nothing for a question left open. */
type AnswerValues = Record<string, ItemValue | undefined>;

/**
 * One question's answer in a form that compares by content: empty parts left out, in one order, and nothing at all
 * for a question left open, so a draft may be saved half done and a conflict names only questions really changed.
 */
function itemValue(item: Partial<AnswerItemInput> | undefined): ItemValue | undefined {
  if (!item) return undefined;
  const value: ItemValue = {
    agreement: item.agreement ?? undefined,
    comment: item.comment?.trim() ? item.comment : undefined,
    publishable: item.publishable ? true : undefined,
    text: item.text?.trim() ? item.text : undefined,
    number: item.number ?? undefined,
    women: item.women ?? undefined,
    men: item.men ?? undefined,
    options: item.options?.length ? item.options : undefined,
  };
  const answered = [value.agreement, value.comment, value.text, value.number, value.women, value.men, value.options];
  return answered.some((part) => part !== undefined) ? value : undefined;
}

/** The form's values as stored: every question's answer in words of `itemValue`. */
function answerValues(draft: Record<string, Partial<AnswerItemInput> | undefined>): AnswerValues {
  return Object.fromEntries(Object.entries(draft).map(([key, item]) => [key, itemValue(item)]));
}

/**
 * The answer as an edit snapshot. One nobody has started has no ETag: its first save creates it only if it is still
 * not started (If-None-Match: *), so one another member started meanwhile becomes the conflict screen.
 */
function answerSnapshot({ answer, etag }: VersionedAnswer): Snapshot<AnswerValues> {
  return {
    input: answerValues(Object.fromEntries(answer.items.map((item) => [item.questionKey, item]))),
    etag: answer.status ? etag : '',
  };
}

/** The survey's question keys in their order. */
function questionKeys(survey: Survey): string[] {
  return survey.themes.flatMap((theme) => theme.questions.map((question) => question.key));
}

/** The items to send, in the order of the questions; a question left open is left out. */
function itemsOf(values: AnswerValues, keys: readonly string[]): AnswerItemInput[] {
  return keys.flatMap((questionKey) => {
    const value = values[questionKey];
    return value ? [{ questionKey, ...value }] : [];
  });
}

const toNumber = (value: string) => {
  const n = Number(value.trim().replace(',', '.'));
  return value.trim() === '' || Number.isNaN(n) ? undefined : n;
};

/** The questions by key, with their texts and kinds, and an answer in words for the conflict screen. */
function useAnswerTexts(survey: Survey) {
  const { t } = useTranslation();
  const byKey = new Map(survey.themes.flatMap((theme) => theme.questions.map((q) => [q.key, q] as const)));
  const labelOf = (key: string) => byKey.get(key)?.text ?? key;
  const describe = (key: string, value: unknown) => {
    const item = value as ItemValue | undefined;
    const question = byKey.get(key);
    if (!item || !question) return '';
    const lines: string[] = [];
    if (item.agreement) lines.push(t(`surveys.agreement.${item.agreement}`));
    if (item.text) lines.push(item.text);
    if (question.genderSplit) {
      if (item.women !== undefined) lines.push(`${t('surveys.answer.women')}: ${String(item.women)}`);
      if (item.men !== undefined) lines.push(`${t('surveys.answer.men')}: ${String(item.men)}`);
      if (item.number !== undefined) lines.push(`${t('surveys.answer.total')}: ${String(item.number)}`);
    } else if (item.number !== undefined) {
      lines.push(question.unit ? `${String(item.number)} ${question.unit}` : String(item.number));
    }
    if (item.options) lines.push(...item.options);
    if (item.comment) lines.push(`${t('surveys.answer.comment')}: ${item.comment}`);
    if (item.comment && item.publishable) lines.push(t('surveys.answer.publishable'));
    return lines.join('\n');
  };
  return { byKey, labelOf, describe };
}

/**
 * The draft over the version it was opened with; after a save it goes on from the version saved, and it follows the
 * page's answer while it holds nothing unsaved. When someone else saved meanwhile (412), also when two members start
 * the answer at once, the conflict screen shows their answers beside mine, per question, to re-apply mine onto
 * theirs or start again from theirs. Submitting saves first, then submits the version saved.
 */
function EditAnswer({
  survey,
  organisationId,
  versioned,
  readAgain,
  onDone,
}: {
  survey: Survey;
  organisationId: string;
  versioned: VersionedAnswer;
  readAgain: () => Promise<VersionedAnswer>;
  onDone: (done: Done | undefined) => void;
}) {
  const save = useSaveAnswer();
  const submit = useSubmitAnswer();
  const keys = questionKeys(survey);
  const { labelOf, describe } = useAnswerTexts(survey);
  return (
    <VersionedEdit
      read={versioned}
      readAgain={readAgain}
      snapshotOf={answerSnapshot}
      follow
      save={async (values, etag) => {
        const saved = await save.mutateAsync({
          id: survey.id,
          organisationId,
          etag: etag || undefined,
          items: itemsOf(values, keys),
        });
        onDone('saved');
        return answerSnapshot(saved);
      }}
      fields={keys}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start, session) => (
        <AnswerForm
          {...start}
          survey={survey}
          onChange={() => onDone(undefined)}
          onSave={async (values, intent) => {
            const draft = await session.submitForVersion(values);
            if (intent !== 'submit' || !draft) return undefined;
            try {
              await submit.mutateAsync({ id: survey.id, organisationId, etag: draft.etag });
            } catch (error) {
              // The draft is saved; only handing it in was refused (a question left open …).
              return { refused: error };
            }
            onDone('submitted');
            return undefined;
          }}
        />
      )}
    />
  );
}

function AnswerForm({
  survey,
  initialInput,
  initialError,
  notice,
  onChange,
  onSave,
}: SessionFormStart<AnswerValues> & {
  survey: Survey;
  onChange: () => void;
  /** Saves the draft (throws when refused); when handing it in, also submits it, answering a submission refused. */
  onSave: (values: AnswerValues, intent: 'save' | 'submit') => Promise<{ refused: unknown } | undefined>;
}) {
  const { t } = useTranslation();
  const { byKey } = useAnswerTexts(survey);
  const keys = questionKeys(survey);
  const [draft, setDraft] = useState<Record<string, Partial<AnswerItemInput> | undefined>>(initialInput);
  const [changed, setChanged] = useState(false);
  // A submission refused after its draft was saved: the form starts again over what it holds (so nothing counts as
  // unsaved) and shows why.
  const [refused, setRefused] = useState<{ error: unknown; count: number }>();
  // The questions of the items last sent, in their order, so the server's errors (items[2].number) name the question.
  const [sent, setSent] = useState<string[]>(() =>
    initialError ? itemsOf(initialInput, keys).map((i) => i.questionKey) : [],
  );
  const intent = useRef<'save' | 'submit'>('save');
  const set = (key: string, change: Partial<AnswerItemInput>) => {
    onChange();
    setChanged(true);
    setDraft((all) => ({ ...all, [key]: { ...all[key], ...change } }));
  };
  const labelOf = (field: string) => {
    const match = /^items\[([^\]]+)\](?:\.(\w+))?/.exec(field);
    if (!match) return t('surveys.answer.form');
    const key = /^\d+$/.test(match[1]) ? sent.at(Number(match[1])) : match[1];
    const question = key === undefined ? undefined : byKey.get(key);
    const part =
      match[2] === 'comment'
        ? t('surveys.answer.comment')
        : match[2] === 'women'
          ? t('surveys.answer.women')
          : match[2] === 'men'
            ? t('surveys.answer.men')
            : undefined;
    const text = question?.text ?? t('surveys.answer.form');
    return part ? `${text}: ${part}` : text;
  };
  return (
    <ServerForm
      key={refused?.count}
      form={FORM}
      fields={[]}
      labelOf={labelOf}
      notice={refused ? undefined : notice}
      initialError={refused ? refused.error : initialError}
      requiredHint={false}
      isDirty={changed}
      submitLabel={t('surveys.answer.save')}
      onSubmit={async () => {
        const wanted = intent.current;
        intent.current = 'save';
        const values = answerValues(draft);
        setSent(itemsOf(values, keys).map((item) => item.questionKey));
        const outcome = await onSave(values, wanted);
        setChanged(false);
        if (outcome) setRefused({ error: outcome.refused, count: (refused?.count ?? 0) + 1 });
      }}
      extraActions={
        // Submitting saves first, so a member may submit what they have just typed without saving it.
        <Button type="submit" variant="primary" onPressStart={() => (intent.current = 'submit')}>
          {t('surveys.answer.submit')}
        </Button>
      }
    >
      <Questions survey={survey} values={draft} onChange={set} />
    </ServerForm>
  );
}

/** The survey's questions by theme, with what is answered; read-only without `onChange`. */
function Questions({
  survey,
  values,
  disabled = false,
  onChange,
}: {
  survey: Survey;
  values: Record<string, Partial<AnswerItemInput> | undefined>;
  disabled?: boolean;
  onChange?: (key: string, change: Partial<AnswerItemInput>) => void;
}) {
  return survey.themes.map((theme) => (
    <fieldset key={theme.id} className="survey-theme">
      <legend>{theme.title}</legend>
      {theme.questions.map((question) => (
        <QuestionField
          key={question.key}
          question={question}
          value={values[question.key]}
          disabled={disabled}
          onChange={(change) => onChange?.(question.key, change)}
        />
      ))}
    </fieldset>
  ));
}

function QuestionField({
  question,
  value,
  disabled,
  onChange,
}: {
  question: Question;
  value: Partial<AnswerItemInput> | undefined;
  disabled: boolean;
  onChange: (change: Partial<AnswerItemInput>) => void;
}) {
  const { t } = useTranslation();
  const label = question.required ? `${question.text} ${t('surveys.answer.required')}` : question.text;
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
            <NumberField
              label={t('surveys.answer.women')}
              value={value?.women}
              onChange={(women) => onChange({ women })}
              disabled={disabled}
            />
            <NumberField
              label={t('surveys.answer.men')}
              value={value?.men}
              onChange={(men) => onChange({ men })}
              disabled={disabled}
            />
            <NumberField
              label={t('surveys.answer.total')}
              value={value?.number}
              onChange={(number) => onChange({ number })}
              disabled={disabled}
            />
          </fieldset>
        ) : (
          <NumberField
            label={question.unit ? `${label} (${question.unit})` : label}
            value={value?.number}
            onChange={(number) => onChange({ number })}
            disabled={disabled}
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

/** A number as typed ("12,5" while typing stays so); the answer holds the number it reads as, or none. */
function NumberField({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  disabled: boolean;
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  return (
    <TextField
      label={label}
      value={text}
      onChange={(typed) => {
        setText(typed);
        onChange(toNumber(typed));
      }}
      inputMode="decimal"
      isReadOnly={disabled}
    />
  );
}
