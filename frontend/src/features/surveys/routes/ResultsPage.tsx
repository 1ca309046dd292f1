import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  Loaded,
  PageNotLoaded,
  PageTop,
  refetched,
  ServerForm,
  type Snapshot,
  useErrorMessage,
  VersionedEdit,
  type SessionFormStart,
} from '../../../components';
import { Alert, BarChart, Button, DataTable, Link, Select, TextArea } from '../../../design-system';
import { downloadFile } from '../../../lib/api';
import { useCounties } from '../../../lib/reference';
import { toSurvey, toSurveyAnswer, toSurveys } from '../../../lib/links';
import { useChangeSurveyStatus } from '../api/changeSurveyStatus';
import { useComparison } from '../api/getComparison';
import { useResults } from '../api/getResults';
import { useSurvey, type VersionedSurvey } from '../api/getSurvey';
import { exportFilename, surveyExportPath, type CsvDialect, type SurveyExport } from '../api/exportPaths';
import { usePutSummaries } from '../api/putSummaries';
import { ResponseRate } from '../components/ResponseRate';
import { AGREEMENTS, type QuestionResult, type Results, type Survey } from '../types';
import '../styles.css';

const routeApi = getRouteApi('/surveys/$id/results');

/**
 * The picture a survey gives: the response rate and who has not answered, per statement the distribution as a chart
 * with its table, numbers and choices, comments with their organisation, the summaries per theme; for those who run
 * it the summaries to write, publishing and the exports. The public sees the published aggregates.
 */
export function ResultsPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const counties = useCounties();
  const survey = useSurvey(id);
  // A county coordinator follows their own county of a national survey (the whole country is the admin's until it
  // is published): that county is the default and the only choice.
  const followed =
    survey.data && !survey.data.survey.permissions.export && survey.data.survey.status !== 'PUBLISHED'
      ? survey.data.survey.permissions.followCounties
      : [];
  const county = search.county ?? followed.at(0);
  const results = useResults(id, county, survey.isSuccess);
  const national = survey.data?.survey.countyCode === undefined;
  const comparison = useComparison(id, survey.isSuccess && national && !county);
  const toList = { href: toSurveys(), label: t('surveys.title') };
  if (!survey.isSuccess) return <PageNotLoaded query={survey} notFoundTitle={t('surveys.notFound')} back={toList} />;
  const versioned = survey.data;
  return (
    <>
      <PageTop
        back={{ href: toSurvey({ id }), label: versioned.survey.title }}
        title={t('surveys.results.heading', { title: versioned.survey.title })}
      />
      {national && (
        <div className="filters">
          <Select
            label={t('surveys.results.county')}
            emptyOption={followed.length > 0 ? undefined : t('surveys.results.wholeCountry')}
            options={(counties.data ?? [])
              .filter((c) => followed.length === 0 || followed.includes(c.code))
              .map((c) => ({ id: c.code, label: c.name }))}
            value={county ?? null}
            onChange={(chosen) => void navigate({ search: { county: chosen ?? undefined }, replace: true })}
          />
        </div>
      )}
      <Loaded query={results}>
        {(data) => (
          <>
            <Picture results={data} versioned={versioned} readAgain={() => refetched(survey)} />
            {comparison.data && comparison.data.counties.length > 0 && (
              <>
                <h2>{t('surveys.results.counties')}</h2>
                <DataTable
                  caption={t('surveys.results.counties')}
                  columns={[
                    { key: 'county', header: t('surveys.results.county') },
                    { key: 'answered', header: t('surveys.results.answered') },
                    { key: 'rate', header: t('surveys.results.rate') },
                    ...comparison.data.counties[0].statements.map((statement) => ({
                      key: statement.key,
                      header: t('surveys.results.agreeShare', { statement: statement.text }),
                    })),
                  ]}
                  rows={comparison.data.counties.map((county) => ({
                    key: county.countyCode,
                    cells: [
                      county.countyName,
                      t('surveys.results.ofRecipients', { answered: county.answered, recipients: county.recipients }),
                      `${String(county.responseRate)} %`,
                      ...county.statements.map((statement) => {
                        const total = statement.distribution.reduce((sum, step) => sum + step.count, 0);
                        const agree = statement.distribution
                          .filter((step) => step.agreement === 'AGREE_FULLY' || step.agreement === 'AGREE_PARTLY')
                          .reduce((sum, step) => sum + step.count, 0);
                        return total === 0 ? '–' : `${String(Math.round((agree * 100) / total))} %`;
                      }),
                    ],
                  }))}
                />
              </>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

function Picture({
  results,
  versioned,
  readAgain,
}: {
  results: Results;
  versioned: VersionedSurvey;
  /** Reads the survey again, for the summaries' conflict screen. */
  readAgain: () => Promise<VersionedSurvey>;
}) {
  const { t } = useTranslation();
  const { survey, etag } = versioned;
  const changeStatus = useChangeSurveyStatus();
  const publish = survey.permissions.statusChanges.includes('PUBLISHED');
  const errorMessage = useErrorMessage();
  const [downloadError, setDownloadError] = useState<unknown>();
  // The exports are fetched with the caller's token (a plain link would go without it), then saved as files.
  const download = (file: SurveyExport, dialect: CsvDialect = 'excel-sv') => {
    setDownloadError(undefined);
    downloadFile(surveyExportPath(survey.id, file, results.scope, dialect), exportFilename(file, dialect)).catch(
      setDownloadError,
    );
  };
  return (
    <>
      <p className="survey-rate">
        <ResponseRate answered={results.answered} recipients={results.recipients} rate={results.responseRate} />
      </p>
      {results.sampleData && (
        <Alert tone="info" title={t('provenance.sample')}>
          <p>{t('surveys.results.sampleData')}</p>
        </Alert>
      )}
      {!results.internal && <p>{t('surveys.results.publicNote')}</p>}
      {results.internal && <AnswersByOrganisation results={results} survey={survey} />}
      <ActionError error={changeStatus.error} title={t('surveys.refused')} />
      <div className="survey-actions">
        {publish && (
          <Button
            variant="primary"
            isDisabled={changeStatus.isPending}
            onPress={() => changeStatus.mutate({ id: survey.id, etag, status: 'PUBLISHED' })}
          >
            {t('surveys.to.PUBLISHED')}
          </Button>
        )}
        <Button variant="secondary" onPress={() => download('results.csv')}>
          {t('surveys.results.exportAggregates')}
        </Button>
        <Button variant="secondary" onPress={() => download('results.csv', 'rfc4180')}>
          {t('surveys.results.exportAggregatesRfc')}
        </Button>
        {/* Every answer of the picture shown: those who run the survey, and a county's coordinator for their county */}
        {results.internal && (
          <>
            <Button variant="secondary" onPress={() => download('answers.csv')}>
              {t('surveys.results.exportCsv')}
            </Button>
            <Button variant="secondary" onPress={() => download('answers.csv', 'rfc4180')}>
              {t('surveys.results.exportCsvRfc')}
            </Button>
            <Button variant="secondary" onPress={() => download('answers.xlsx')}>
              {t('surveys.results.exportXlsx')}
            </Button>
          </>
        )}
      </div>
      {downloadError !== undefined && (
        <Alert tone="error" title={t('common.errorTitle')} focusOnMount>
          <p>{errorMessage(downloadError)}</p>
        </Alert>
      )}
      {survey.permissions.summarise && <EditSummaries versioned={versioned} readAgain={readAgain} />}
      {results.themes.map((theme) => (
        <section key={theme.id} className="survey-theme" aria-labelledby={`result-${theme.id}`}>
          <h2 id={`result-${theme.id}`}>{theme.title}</h2>
          {theme.summary && (
            <>
              <h3>{t('surveys.results.summary')}</h3>
              <p className="preserve-lines">{theme.summary}</p>
            </>
          )}
          {theme.questions.map((question) => (
            <QuestionPicture key={question.key} question={question} />
          ))}
        </section>
      ))}
    </>
  );
}

/**
 * Who has answered and who has not (in the whole survey, or the county the picture is limited to), each a link to the
 * organisation's answer (where those who run the survey reopen a submitted one).
 */
function AnswersByOrganisation({ results, survey }: { results: Results; survey: Survey }) {
  const { t } = useTranslation();
  const answered = results.answeredBy;
  const list = (organisations: { id: string; name: string }[]) => (
    <ul>
      {organisations.map((organisation) => (
        <li key={organisation.id}>
          <Link href={toSurveyAnswer({ id: survey.id, organisationId: organisation.id })}>{organisation.name}</Link>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="survey-answers">
      <h2 id="survey-answers">{t('surveys.results.answers')}</h2>
      {answered.length > 0 && (
        <>
          <h3>{t('surveys.results.hasAnswered')}</h3>
          {list(answered)}
        </>
      )}
      {results.notAnswered.length > 0 && (
        <>
          <h3>{t('surveys.results.notAnswered')}</h3>
          {list(results.notAnswered)}
        </>
      )}
    </section>
  );
}

function QuestionPicture({ question }: { question: QuestionResult }) {
  const { t, i18n } = useTranslation();
  const number = (value: number | undefined) =>
    value === undefined ? '–' : value.toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'sv-SE');
  return (
    <div className="survey-question">
      <h3>{question.text}</h3>
      <p>{t('surveys.results.answeredQuestion', { count: question.answered })}</p>
      {question.kind === 'STATEMENT' && (
        <BarChart
          series={[
            { key: 'now', label: t('surveys.results.thisYear') },
            ...question.earlier.map((earlier) => ({ key: earlier.surveyId, label: String(earlier.year) })),
          ]}
          groups={AGREEMENTS.map((agreement) => ({
            key: agreement,
            label: t(`surveys.agreement.${agreement}`),
            values: {
              now: question.distribution.find((step) => step.agreement === agreement)?.count ?? 0,
              ...Object.fromEntries(
                question.earlier.map((earlier) => [
                  earlier.surveyId,
                  earlier.distribution.find((step) => step.agreement === agreement)?.count ?? 0,
                ]),
              ),
            },
          }))}
        >
          <DataTable
            caption={t('surveys.results.distribution', { statement: question.text })}
            columns={[
              { key: 'agreement', header: t('surveys.results.answer') },
              { key: 'count', header: t('surveys.results.count') },
              ...question.earlier.map((earlier) => ({ key: earlier.surveyId, header: String(earlier.year) })),
            ]}
            rows={AGREEMENTS.map((agreement) => ({
              key: agreement,
              cells: [
                t(`surveys.agreement.${agreement}`),
                String(question.distribution.find((step) => step.agreement === agreement)?.count ?? 0),
                ...question.earlier.map((earlier) =>
                  String(earlier.distribution.find((step) => step.agreement === agreement)?.count ?? 0),
                ),
              ],
            }))}
          />
        </BarChart>
      )}
      {question.numbers && (
        <DataTable
          caption={t('surveys.results.numbers', { question: question.text })}
          columns={[
            { key: 'what', header: t('surveys.results.what') },
            { key: 'value', header: question.unit ?? t('surveys.results.value') },
          ]}
          rows={[
            { key: 'total', cells: [t('surveys.answer.total'), number(question.numbers.total)] },
            ...(question.numbers.women !== undefined || question.numbers.men !== undefined
              ? [
                  { key: 'women', cells: [t('surveys.answer.women'), number(question.numbers.women)] },
                  { key: 'men', cells: [t('surveys.answer.men'), number(question.numbers.men)] },
                ]
              : []),
          ]}
        />
      )}
      {question.choices.length > 0 && (
        <DataTable
          caption={t('surveys.results.choices', { question: question.text })}
          columns={[
            { key: 'option', header: t('surveys.results.option') },
            { key: 'count', header: t('surveys.results.count') },
          ]}
          rows={question.choices.map((choice) => ({
            key: choice.option,
            cells: [choice.option, String(choice.count)],
          }))}
        />
      )}
      {question.comments.length > 0 && (
        <>
          <h4>{t('surveys.results.comments')}</h4>
          <ul>
            {question.comments.map((comment, index) => (
              <li key={`${comment.organisation.id}-${String(index)}`}>
                <strong>{comment.organisation.name}:</strong> {comment.text}
                {comment.publishable && <> ({t('surveys.results.publishable')})</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The summaries being edited: per theme id its text. */
type SummaryValues = Record<string, string>;

/** The summaries of a version of the survey as an edit snapshot. */
function summariesSnapshot({ survey, etag }: VersionedSurvey): Snapshot<SummaryValues> {
  return { input: Object.fromEntries(survey.themes.map((theme) => [theme.id, theme.summary ?? ''])), etag };
}

/**
 * The coordinator's summary (Läget) per theme, saved together with the survey's version. The form follows the survey
 * the page reads while it holds nothing unsaved (publishing changes its version); when someone else saved meanwhile
 * (412), the conflict screen shows their summaries beside mine, per theme, to re-apply mine or start again from theirs.
 */
function EditSummaries({
  versioned,
  readAgain,
}: {
  versioned: VersionedSurvey;
  readAgain: () => Promise<VersionedSurvey>;
}) {
  const { t } = useTranslation();
  const { survey } = versioned;
  const put = usePutSummaries();
  const [saved, setSaved] = useState(false);
  const themes = survey.themes.map((theme) => theme.id);
  const labelOf = (field: string) => {
    const theme = survey.themes.find((candidate) => candidate.id === field);
    return theme ? t('surveys.results.summaryOf', { theme: theme.title }) : t('surveys.results.summaries');
  };
  return (
    <section aria-labelledby="survey-summaries">
      <h2 id="survey-summaries">{t('surveys.results.summaries')}</h2>
      <p role="status">{saved ? t('surveys.results.summariesSaved') : ''}</p>
      <VersionedEdit
        read={versioned}
        readAgain={readAgain}
        snapshotOf={summariesSnapshot}
        follow
        save={async (values, etag) => {
          const next = await put.mutateAsync({
            id: survey.id,
            etag,
            summaries: themes.map((themeId) => ({ themeId, text: values[themeId] ?? '' })),
          });
          setSaved(true);
          return summariesSnapshot(next);
        }}
        fields={themes}
        labelOf={labelOf}
        renderForm={(start, session) => (
          <SummariesForm
            {...start}
            survey={survey}
            labelOf={labelOf}
            onChange={() => setSaved(false)}
            onSave={session.submit}
          />
        )}
      />
    </section>
  );
}

function SummariesForm({
  survey,
  labelOf,
  initialInput,
  onChange,
  onSave,
  ...start
}: SessionFormStart<SummaryValues> & {
  survey: Survey;
  labelOf: (field: string) => string;
  onChange: () => void;
  onSave: (values: SummaryValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<SummaryValues>(initialInput);
  // The server names a summary by its place in the list sent (summaries[1].text): the themes' order.
  const errorLabel = (field: string) => {
    const match = /^summaries\[(\d+)\]/.exec(field);
    const theme = match ? survey.themes.at(Number(match[1])) : undefined;
    return labelOf(theme?.id ?? field);
  };
  return (
    <ServerForm
      form="summaries"
      fields={[]}
      labelOf={errorLabel}
      {...start}
      requiredHint={false}
      submitLabel={t('surveys.results.saveSummaries')}
      onSubmit={() => onSave(texts)}
    >
      {survey.themes.map((theme) => (
        <TextArea
          key={theme.id}
          label={labelOf(theme.id)}
          value={texts[theme.id] ?? ''}
          onChange={(text) => {
            onChange();
            setTexts({ ...texts, [theme.id]: text });
          }}
        />
      ))}
    </ServerForm>
  );
}
