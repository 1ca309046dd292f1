import { useTranslation } from 'react-i18next';
import { locale } from '../../../lib/i18n';
import type { ReportIndicator } from '../types';
import { IndicatorChart } from './IndicatorChart';

/** An indicator in the report: the values of the year as chart and table, and the trend across years in words. */
export function ReportIndicatorSection({
  indicator,
  year,
  headingLevel = 3,
}: {
  indicator: ReportIndicator;
  year: number;
  headingLevel?: 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const number = (value: number | undefined) =>
    value === undefined ? '' : value.toLocaleString(locale(i18n.language), { maximumFractionDigits: 4 });
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const perMunicipality = indicator.scope === 'MUNICIPALITY';
  return (
    <section className="report-indicator">
      <Heading>{`${indicator.name} (${indicator.unit})`}</Heading>
      {indicator.description && <p>{indicator.description}</p>}
      <p className="hint">
        {t(`followUp.direction.${indicator.direction}`)}
        {indicator.target !== undefined &&
          ` · ${t('followUp.indicator.targetOf', { year, target: number(indicator.target) })}`}
        {indicator.baselineYear !== undefined &&
          indicator.baselineValue !== undefined &&
          ` · ${t('followUp.indicator.baselineOf', { year: indicator.baselineYear, value: number(indicator.baselineValue) })}`}
      </p>
      <IndicatorChart
        name={`${indicator.name} ${year}`}
        unit={indicator.unit}
        by={perMunicipality ? 'municipality' : 'year'}
        values={indicator.values.map((value) => ({ ...value, year }))}
      />
      {indicator.trend.length > 0 && (
        <>
          <p className="label">{t('followUp.trend.title')}</p>
          <ul className="trend-list">
            {indicator.trend.map((series, index) => {
              const who = [series.municipalityName, t(`followUp.gender.${series.gender}`)].filter(Boolean).join(', ');
              const first = series.points.at(0);
              const last = series.points.at(-1);
              return (
                <li key={index}>
                  {t(`followUp.trend.${series.trend}`, {
                    who,
                    from: first?.year,
                    to: last?.year,
                    fromValue: number(first?.value),
                    toValue: number(last?.value),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
