import { useTranslation } from 'react-i18next';
import { HistoryPanel, oneOf, useHistoryTexts, type HistoryView } from '../../../components';
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
const actions = ['CREATED', 'UPDATED', 'DELETED'] as const;

/** An organisation's history entries in words. */
function useOrganisationHistoryView(): HistoryView {
  const { t } = useTranslation();
  return {
    texts: useHistoryTexts('organisations'),
    what: (entry) => (oneOf(actions, entry.action) ? t(`organisations.history.event.${entry.action}`) : entry.summary),
    fieldLabel: (field) => (oneOf(fields, field) ? t(`organisations.fields.${field}`) : field),
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
