import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  conflictText,
  DateField,
  PageNotLoaded,
  refetched,
  type SessionFormStart,
  type Snapshot,
  useHistoryDisclosure,
  VersionedEdit,
} from '../../../components';
import {
  Alert,
  BackLink,
  Badge,
  Button,
  DescriptionList,
  Form,
  Link,
  PageHeading,
  ProvenanceMark,
  Select,
  TextArea,
  TextField,
} from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { useCounties } from '../../../lib/reference';
import { toSurvey, toSurveyAnswer, toSurveyResults, toSurveys } from '../../../lib/links';
import { useChangeSurveyStatus } from '../api/changeSurveyStatus';
import { useCopySurvey } from '../api/copySurvey';
import { useSurvey, type VersionedSurvey } from '../api/getSurvey';
import { useSurveyHistory } from '../api/getSurveyHistory';
import { useUpdateSurvey } from '../api/updateSurvey';
import { QuestionEditor } from '../components/QuestionEditor';
import { RecipientsField, recipientsInput, type Recipients } from '../components/RecipientsField';
import { SurveyHistory } from '../components/SurveyHistory';
import { draftOf, newDraft, questionInput, type QuestionDraft } from '../components/questionDraft';
import type { Survey, SurveyInput } from '../types';
import '../styles.css';

const routeApi = getRouteApi('/surveys/$id');

/** A survey: its themes and questions; those who run it edit the draft, open, close and copy it. */
export function SurveyPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const query = useSurvey(id);
  const changeStatus = useChangeSurveyStatus();
  const history = useHistoryDisclosure(useSurveyHistory, id);
  if (!query.isSuccess)
    return (
      <PageNotLoaded
        query={query}
        notFoundTitle={t('surveys.notFound')}
        back={{ href: toSurveys(), label: t('surveys.title') }}
      />
    );
  const { survey, etag } = query.data;
  const { permissions } = survey;
  return (
    <>
      <BackLink href={toSurveys(survey.countyCode ? { county: survey.countyCode } : { national: true })}>
        {t('surveys.title')}
      </BackLink>
      <PageHeading>{survey.title}</PageHeading>
      <ProvenanceMark provenance={survey.provenance} />
      {survey.introduction && <p className="preserve-lines">{survey.introduction}</p>}
      <DescriptionList
        emptyValue={t('common.notSet')}
        items={[
          { term: t('surveys.owner'), description: survey.countyName ?? t('surveys.national') },
          { term: t('surveys.year'), description: String(survey.year) },
          { term: t('surveys.opensOn'), description: formatDate(survey.opensOn, i18n.language) },
          { term: t('surveys.closesOn'), description: formatDate(survey.closesOn, i18n.language) },
          { term: t('surveys.statusLabel'), description: t(`surveys.status.${survey.status}`) },
          { term: t('surveys.recipients'), description: String(survey.recipients.length) },
        ]}
      />
      <div className="survey-actions">
        {permissions.answerFor && (
          <Link href={toSurveyAnswer({ id: survey.id, organisationId: permissions.answerFor.id })}>
            {t('surveys.answerFor', { organisation: permissions.answerFor.name })}
          </Link>
        )}
        {permissions.readResults && <Link href={toSurveyResults({ id: survey.id })}>{t('surveys.results.title')}</Link>}
      </div>
      <ActionError error={changeStatus.error} title={t('surveys.refused')} />
      {permissions.statusChanges.length > 0 && (
        <div className="survey-actions">
          {permissions.statusChanges.map((status) => (
            <Button
              key={status}
              variant="primary"
              isDisabled={changeStatus.isPending}
              onPress={() => changeStatus.mutate({ id: survey.id, etag, status })}
            >
              {t(`surveys.to.${status}`)}
            </Button>
          ))}
        </div>
      )}
      {permissions.update ? (
        <EditSurvey key={survey.id} versioned={query.data} readAgain={() => refetched(query)} />
      ) : (
        survey.themes.map((theme) => (
          <section key={theme.id} className="survey-theme" aria-labelledby={`theme-${theme.id}`}>
            <h2 id={`theme-${theme.id}`}>{theme.title}</h2>
            <ol>
              {theme.questions.map((question) => (
                <li key={question.id}>
                  {question.text} <Badge tone="muted">{t(`surveys.kind.${question.kind}`)}</Badge>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
      {permissions.copy && <CopyForm survey={survey} />}
      {/* The history is read by those who run the survey and the national reader: exactly who may export it. */}
      {permissions.export && <SurveyHistory {...history} />}
    </>
  );
}

type EditableTheme = { id?: string; title: string; questions: QuestionDraft[] };

/** What the draft editor edits. */
type SurveyValues = {
  title: string;
  opensOn: string;
  closesOn: string;
  introduction: string;
  recipients: Recipients;
  themes: EditableTheme[];
};

const surveyFields = ['title', 'opensOn', 'closesOn', 'introduction', 'recipients', 'themes'] as const;

/** The draft as an edit snapshot: its values in the editor and the ETag of its version. */
function surveySnapshot({ survey, etag }: VersionedSurvey, locale: string): Snapshot<SurveyValues> {
  return {
    input: {
      title: survey.title,
      opensOn: survey.opensOn,
      closesOn: survey.closesOn,
      introduction: survey.introduction ?? '',
      recipients: { mode: 'chosen', includeRegion: survey.includeRegion, chosen: survey.recipients },
      themes: survey.themes.map((theme) => ({
        id: theme.id,
        title: theme.title,
        questions: theme.questions.map((q) => draftOf(q, locale)),
      })),
    },
    etag,
  };
}

/**
 * The draft editor over the version it was opened with; after each save it starts again from the version saved (so
 * new questions get their keys from the server). When someone else saved meanwhile (412), the conflict screen shows
 * what they changed, to re-apply mine onto their version or start again from it.
 */
function EditSurvey({
  versioned,
  readAgain,
}: {
  versioned: VersionedSurvey;
  readAgain: () => Promise<VersionedSurvey>;
}) {
  const { t, i18n } = useTranslation();
  const update = useUpdateSurvey();
  const { survey } = versioned;
  const labels: Record<(typeof surveyFields)[number], string> = {
    title: t('surveys.titleLabel'),
    opensOn: t('surveys.opensOn'),
    closesOn: t('surveys.closesOn'),
    introduction: t('surveys.introduction'),
    recipients: t('surveys.recipients'),
    themes: t('surveys.editor.themes'),
  };
  return (
    <>
      {update.isSuccess && <p role="status">{t('surveys.editor.saved')}</p>}
      <VersionedEdit
        read={versioned}
        readAgain={readAgain}
        snapshotOf={(read: VersionedSurvey) => surveySnapshot(read, i18n.language)}
        restartOnSave
        save={async (values, etag) =>
          surveySnapshot(
            await update.mutateAsync({ id: survey.id, etag, input: surveyInput(survey, values) }),
            i18n.language,
          )
        }
        fields={surveyFields}
        labelOf={(field) => labels[field as (typeof surveyFields)[number]]}
        describe={(field, value) => {
          if (field === 'recipients') return (value as Recipients).chosen.map((recipient) => recipient.name).join('\n');
          if (field === 'themes')
            return (value as EditableTheme[])
              .flatMap((theme) => [theme.title, ...theme.questions.map((question) => `– ${question.text}`)])
              .join('\n');
          return conflictText(value);
        }}
        renderForm={(start, session) => <SurveyEditor {...start} survey={survey} onSave={session.submit} />}
      />
    </>
  );
}

/** The API input of the editor's values. */
function surveyInput(survey: Survey, values: SurveyValues): SurveyInput {
  return {
    countyCode: survey.countyCode,
    title: values.title,
    year: Number(values.opensOn.slice(0, 4)) || survey.year,
    opensOn: values.opensOn,
    closesOn: values.closesOn,
    introduction: values.introduction || undefined,
    ...recipientsInput(values.recipients),
    themes: values.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      questions: theme.questions.map(questionInput),
    })),
  };
}

/** The draft's title, days, introduction, themes and questions of every kind. */
function SurveyEditor({
  survey,
  initialInput,
  initialError,
  notice,
  onSave,
}: SessionFormStart<SurveyValues> & {
  survey: Survey;
  onSave: (values: SurveyValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initialInput.title);
  const [opensOn, setOpensOn] = useState(initialInput.opensOn);
  const [closesOn, setClosesOn] = useState(initialInput.closesOn);
  const [introduction, setIntroduction] = useState(initialInput.introduction);
  const [recipients, setRecipients] = useState<Recipients>(initialInput.recipients);
  const [themes, setThemes] = useState<EditableTheme[]>(initialInput.themes);
  const [error, setError] = useState<unknown>(initialError ?? null);
  const [isSaving, setSaving] = useState(false);
  const setTheme = (index: number, change: Partial<EditableTheme>) =>
    setThemes((all) => all.map((theme, i) => (i === index ? { ...theme, ...change } : theme)));
  const setQuestion = (themeIndex: number, index: number, draft: QuestionDraft) =>
    setThemes((all) =>
      all.map((theme, i) =>
        i === themeIndex ? { ...theme, questions: theme.questions.map((q, j) => (j === index ? draft : q)) } : theme,
      ),
    );
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onSave({ title, opensOn, closesOn, introduction, recipients, themes });
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form
      aria-label={t('surveys.editor.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {notice && error === null && <Alert tone="info" title={notice} />}
      <ActionError error={error} title={t('surveys.refused')} />
      <h2>{t('surveys.editor.title')}</h2>
      <TextField label={t('surveys.titleLabel')} value={title} onChange={setTitle} isRequired />
      <DateField label={t('surveys.opensOn')} value={opensOn} onChange={setOpensOn} isRequired />
      <DateField label={t('surveys.closesOn')} value={closesOn} onChange={setClosesOn} isRequired />
      <TextArea label={t('surveys.introduction')} value={introduction} onChange={setIntroduction} />
      <RecipientsField value={recipients} onChange={setRecipients} national={survey.countyCode === undefined} />
      {themes.map((theme, themeIndex) => (
        <fieldset key={theme.id ?? `new-${String(themeIndex)}`} className="survey-theme">
          <legend>{t('surveys.editor.theme', { number: themeIndex + 1 })}</legend>
          <TextField
            label={t('surveys.editor.themeTitle')}
            value={theme.title}
            onChange={(value) => setTheme(themeIndex, { title: value })}
            isRequired
          />
          {theme.questions.map((question, index) => (
            <QuestionEditor
              key={question.localId}
              draft={question}
              position={index + 1}
              name={`themes[${String(themeIndex)}].questions[${String(index)}]`}
              onChange={(draft) => setQuestion(themeIndex, index, draft)}
              onRemove={() => setTheme(themeIndex, { questions: theme.questions.filter((_, i) => i !== index) })}
            />
          ))}
          <div className="survey-actions">
            <Button
              variant="secondary"
              onPress={() => setTheme(themeIndex, { questions: [...theme.questions, newDraft()] })}
            >
              {t('surveys.editor.addQuestion')}
            </Button>
            <Button variant="secondary" onPress={() => setThemes(themes.filter((_, i) => i !== themeIndex))}>
              {t('surveys.editor.removeTheme', { number: themeIndex + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="survey-actions">
        <Button variant="secondary" onPress={() => setThemes([...themes, { title: '', questions: [] }])}>
          {t('surveys.editor.addTheme')}
        </Button>
        <Button type="submit" variant="primary" isDisabled={isSaving}>
          {t('surveys.editor.save')}
        </Button>
      </div>
    </Form>
  );
}

/** Next year's survey from this one, in the caller's county or the same owner: question keys are kept. */
function CopyForm({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const counties = useCounties();
  const copy = useCopySurvey();
  const next = new Date().getFullYear() + 1;
  const [year, setYear] = useState(String(next));
  const [opensOn, setOpensOn] = useState(`${String(next)}-09-01`);
  const [closesOn, setClosesOn] = useState(`${String(next)}-10-31`);
  const [county, setCounty] = useState<string | null>(survey.countyCode ?? me.data?.countyCode ?? null);
  return (
    <Form
      aria-label={t('surveys.copy.title')}
      onSubmit={(event) => {
        event.preventDefault();
        copy.mutate(
          {
            id: survey.id,
            input: { year: Number(year), opensOn, closesOn, countyCode: county ?? undefined },
          },
          { onSuccess: (created) => void navigate({ href: toSurvey({ id: created.id }) }) },
        );
      }}
    >
      <h2>{t('surveys.copy.title')}</h2>
      <p>{t('surveys.copy.help')}</p>
      <ActionError error={copy.error} title={t('surveys.refused')} />
      <Select
        label={t('surveys.owner')}
        emptyOption={t('surveys.national')}
        options={(counties.data ?? []).map((c) => ({ id: c.code, label: c.name }))}
        value={county}
        onChange={setCounty}
      />
      <TextField label={t('surveys.year')} value={year} onChange={setYear} inputMode="numeric" isRequired />
      <DateField label={t('surveys.opensOn')} value={opensOn} onChange={setOpensOn} isRequired />
      <DateField label={t('surveys.closesOn')} value={closesOn} onChange={setClosesOn} isRequired />
      <Button type="submit" variant="primary" isDisabled={copy.isPending}>
        {t('surveys.copy.submit')}
      </Button>
    </Form>
  );
}
