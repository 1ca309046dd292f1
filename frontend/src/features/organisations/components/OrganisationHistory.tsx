import { useTranslation } from 'react-i18next';
import { HistoryPanel, useHistoryTexts, type HistoryView } from '../../../components';
import { useOrganisationHistory } from '../api/getOrganisationHistory';
import { formatOrganisationNumber } from '../format';
import { isOrganisationType } from '../types';

const fields = [
  'name',
  'type',
  'organisationNumber',
  'county',
  'municipality',
  'parent',
  'website',
  'mandate',
] as const;
type Field = (typeof fields)[number];
const actions = ['CREATED', 'UPDATED', 'DELETED'] as const;
type Action = (typeof actions)[number];

function isField(value: string): value is Field {
  return (fields as readonly string[]).includes(value);
}

function isAction(value: string): value is Action {
  return (actions as readonly string[]).includes(value);
}

/** An organisation's history entries in words. */
function useOrganisationHistoryView(): HistoryView {
  const { t } = useTranslation();
  return {
    texts: useHistoryTexts('organisations'),
    what: (entry) => (isAction(entry.action) ? t(`organisations.history.event.${entry.action}`) : entry.summary),
    fieldLabel: (field) => (isField(field) ? t(`organisations.fields.${field}`) : field),
    value: (field, raw) => {
      if (raw === undefined || raw === '') return t('common.notSet');
      if (field === 'type' && isOrganisationType(raw)) return t(`organisationType.${raw}`);
      if (field === 'organisationNumber') return formatOrganisationNumber(raw) ?? raw;
      return raw;
    },
  };
}

/** The organisation's recorded changes, newest first: when, who and which fields changed from what to what. */
export function OrganisationHistory({ id }: { id: string }) {
  return <HistoryPanel query={useOrganisationHistory(id)} view={useOrganisationHistoryView()} id={id} level={3} />;
}
