import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError, PageNotLoaded, useHistoryDisclosure } from '../../../components';
import {
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
import { useSurvey } from '../api/getSurvey';
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
  const update = useUpdateSurvey();
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
      {permissions.update && (
        <>
          <ActionError error={update.error} title={t('surveys.refused')} />
          {update.isSuccess && <p role="status">{t('surveys.editor.saved')}</p>}
        </>
      )}
      {permissions.update ? (
        <SurveyEditor key={etag} survey={survey} etag={etag} update={update} />
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

/**
 * The draft's title, days, introduction, themes and questions of every kind. It is shown anew for each version (keyed
 * by the ETag), so new questions get their keys from the server; the save itself lives in the page.
 */
function SurveyEditor({
  survey,
  etag,
  update,
}: {
  survey: Survey;
  etag: string;
  update: ReturnType<typeof useUpdateSurvey>;
}) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(survey.title);
  const [opensOn, setOpensOn] = useState(survey.opensOn);
  const [closesOn, setClosesOn] = useState(survey.closesOn);
  const [introduction, setIntroduction] = useState(survey.introduction ?? '');
  const [recipients, setRecipients] = useState<Recipients>({
    mode: 'chosen',
    includeRegion: survey.includeRegion,
    chosen: survey.recipients,
  });
  const [themes, setThemes] = useState<EditableTheme[]>(
    survey.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      questions: theme.questions.map((q) => draftOf(q, i18n.language)),
    })),
  );
  const setTheme = (index: number, change: Partial<EditableTheme>) =>
    setThemes((all) => all.map((theme, i) => (i === index ? { ...theme, ...change } : theme)));
  const setQuestion = (themeIndex: number, index: number, draft: QuestionDraft) =>
    setThemes((all) =>
      all.map((theme, i) =>
        i === themeIndex ? { ...theme, questions: theme.questions.map((q, j) => (j === index ? draft : q)) } : theme,
      ),
    );
  const input = (): SurveyInput => ({
    countyCode: survey.countyCode,
    title,
    year: Number(opensOn.slice(0, 4)) || survey.year,
    opensOn,
    closesOn,
    introduction: introduction || undefined,
    ...recipientsInput(recipients),
    themes: themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      questions: theme.questions.map(questionInput),
    })),
  });
  return (
    <Form
      aria-label={t('surveys.editor.title')}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ id: survey.id, etag, input: input() });
      }}
    >
      <h2>{t('surveys.editor.title')}</h2>
      <TextField label={t('surveys.titleLabel')} value={title} onChange={setTitle} isRequired />
      <TextField
        label={t('surveys.opensOn')}
        description={t('surveys.dateHelp')}
        value={opensOn}
        onChange={setOpensOn}
        isRequired
      />
      <TextField
        label={t('surveys.closesOn')}
        description={t('surveys.dateHelp')}
        value={closesOn}
        onChange={setClosesOn}
        isRequired
      />
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
        <Button type="submit" variant="primary" isDisabled={update.isPending}>
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
      <TextField
        label={t('surveys.opensOn')}
        description={t('surveys.dateHelp')}
        value={opensOn}
        onChange={setOpensOn}
        isRequired
      />
      <TextField
        label={t('surveys.closesOn')}
        description={t('surveys.dateHelp')}
        value={closesOn}
        onChange={setClosesOn}
        isRequired
      />
      <Button type="submit" variant="primary" isDisabled={copy.isPending}>
        {t('surveys.copy.submit')}
      </Button>
    </Form>
  );
}
