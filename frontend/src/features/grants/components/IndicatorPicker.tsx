import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { CheckboxGroup, Select, Spinner } from '../../../design-system';
import { useCounties } from '../../../lib/reference';
import { useAgreementIndicators } from '../api/getAgreementIndicators';
import { useCountyAgreements } from '../api/getCountyAgreements';

export type PickedIndicator = { id: string; label: string };

type Props = {
  /** The county whose indicators are offered; null lets the person choose the county (admins, across counties). */
  countyCode: string | null;
  value: readonly PickedIndicator[];
  onChange: (value: PickedIndicator[]) => void;
};

/**
 * Named indicators to grant, by agreement: one group of checkboxes per agreement of the county that has indicators.
 * Without a fixed county a county is chosen first; choices made in other counties are kept and listed.
 */
export function IndicatorPicker({ countyCode, value, onChange }: Props) {
  const { t } = useTranslation();
  const counties = useCounties();
  const [chosenCounty, setChosenCounty] = useState<string | null>(null);
  const county = countyCode ?? chosenCounty;
  const agreements = useCountyAgreements(county);
  const items = agreements.data?.items ?? [];
  const indicators = useAgreementIndicators(items.map((agreement) => agreement.id));
  const groups = items
    .map((agreement, index) => ({ agreement, indicators: indicators[index]?.data ?? [] }))
    .filter((group) => group.indicators.length > 0);
  const loading = county !== null && (agreements.isPending || indicators.some((query) => query.isPending));
  const failed = agreements.error ?? indicators.find((query) => query.error)?.error ?? null;
  const chosen = new Set(value.map((indicator) => indicator.id));

  const setGroup = (offered: readonly PickedIndicator[], ids: readonly string[]) => {
    const offeredIds = new Set(offered.map((indicator) => indicator.id));
    const kept = value.filter((indicator) => !offeredIds.has(indicator.id));
    onChange([...kept, ...offered.filter((indicator) => ids.includes(indicator.id))]);
  };

  return (
    <fieldset className="grants-indicators">
      <legend>{t('grants.form.indicatorIds')}</legend>
      <p className="grants-indicators-help">{t('grants.form.indicatorIdsHelp')}</p>
      {countyCode === null && (
        <div className="grants-county-select">
          <Select
            label={t('grants.form.indicatorCounty')}
            options={(counties.data ?? []).map((c) => ({ id: c.code, label: c.name }))}
            value={chosenCounty}
            onChange={setChosenCounty}
          />
        </div>
      )}
      {loading && <Spinner label={t('grants.form.indicatorsLoading')} />}
      {failed && <QueryError error={failed} onRetry={() => void agreements.refetch()} />}
      {!loading && !failed && county !== null && groups.length === 0 && <p>{t('grants.form.noIndicators')}</p>}
      {groups.map(({ agreement, indicators: offered }) => {
        const options = offered.map((indicator) => ({ id: indicator.id, label: indicator.name }));
        return (
          <CheckboxGroup
            key={agreement.id}
            label={agreement.title}
            name="indicatorIds"
            options={options}
            value={options.filter((option) => chosen.has(option.id)).map((option) => option.id)}
            onChange={(ids) => setGroup(options, ids)}
          />
        );
      })}
      <p aria-live="polite">
        {value.length === 0
          ? t('grants.form.noIndicatorsChosen')
          : t('grants.form.indicatorsChosen', {
              count: value.length,
              names: value.map((indicator) => indicator.label).join(', '),
            })}
      </p>
    </fieldset>
  );
}
