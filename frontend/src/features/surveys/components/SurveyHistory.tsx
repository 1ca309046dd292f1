import { useTranslation } from 'react-i18next';
import { HistoryPanel, oneOf, useHistoryTexts, type HistoryDisclosure, type HistoryView } from '../../../components';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';

/** The records a survey's history holds: the survey and its answers. */
const entityTypes = ['SURVEY', 'SURVEY_ANSWER'] as const;
// Surveys and answers are never deleted: a DELETED entry would be shown by its summary.
const actions = ['CREATED', 'UPDATED', 'STATUS_CHANGED'] as const;

/** The fields the server records (SurveyMapper's snapshots) that have no label on the survey's page already. */
const fields = ['countyCode', 'includeRegion', 'themes', 'questions', 'organisation', 'items'] as const;
/** The fields labelled as the survey's page labels them; a theme's summary is recorded as "summary <theme>". */
const pageLabels = {
  title: 'surveys.titleLabel',
  year: 'surveys.year',
  opensOn: 'surveys.opensOn',
  closesOn: 'surveys.closesOn',
  introduction: 'surveys.introduction',
  status: 'surveys.statusLabel',
} as const;
const isPageField = (value: string): value is keyof typeof pageLabels => value in pageLabels;
const SUMMARY = 'summary ';

const surveyStatuses = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'] as const;
type SurveyStatusName = (typeof surveyStatuses)[number];

function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) =>
    oneOf(fields, field)
      ? t(`surveys.history.fields.${field}`)
      : isPageField(field)
        ? t(pageLabels[field])
        : field.startsWith(SUMMARY)
          ? t('surveys.results.summaryOf', { theme: field.slice(SUMMARY.length) })
          : field;
}

/** A recorded value in words: statuses translated, yes or no, dates as the locale writes them. */
function useValueText() {
  const { t, i18n } = useTranslation();
  return (field: string, raw: string | undefined, entityType: string) => {
    if (raw === undefined || raw === '') return t('common.notSet');
    if (field === 'includeRegion') return raw === 'true' ? t('surveys.editor.yes') : t('surveys.editor.no');
    if ((field === 'opensOn' || field === 'closesOn') && /^\d{4}-\d{2}-\d{2}$/.test(raw))
      return formatDate(raw, locale(i18n.language)) ?? raw;
    if (field === 'status' && entityType === 'SURVEY_ANSWER' && raw === 'SUBMITTED')
      return t('surveys.history.submitted');
    // A survey's statuses, and an answer's draft ("Utkast" either way).
    if (field === 'status' && (surveyStatuses as readonly string[]).includes(raw))
      return t(`surveys.status.${raw as SurveyStatusName}`);
    return raw;
  };
}

/** A survey's and its answers' history entries in words. */
function useSurveyHistoryView(): HistoryView {
  const { t } = useTranslation();
  return {
    texts: useHistoryTexts('surveys'),
    what: (entry) =>
      oneOf(entityTypes, entry.entityType) && oneOf(actions, entry.action)
        ? t(`surveys.history.event.${entry.entityType}.${entry.action}`)
        : entry.summary,
    fieldLabel: useFieldLabel(),
    value: useValueText(),
  };
}

/**
 * The survey's changes and its answers', newest first: when, who, and which fields changed from what to what.
 * Behind a disclosure that loads them when opened, so that the survey stays first on its page.
 */
export function SurveyHistory({ query, open, onToggle }: HistoryDisclosure) {
  return <HistoryPanel query={query} view={useSurveyHistoryView()} id="survey" open={open} onToggle={onToggle} />;
}
