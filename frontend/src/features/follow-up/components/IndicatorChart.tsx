import { useTranslation } from 'react-i18next';
import { BarChart, DataTable } from '../../../design-system';
import { locale } from '../../../lib/i18n';
import { genders, type Gender } from '../types';

export type ChartValue = {
  year: number;
  municipalityCode?: string;
  municipalityName?: string;
  gender: Gender;
  value: number;
  sample?: boolean;
};

/** The genders an indicator's values have, in a fixed order (women, men, total). */
function gendersOf(values: ChartValue[]): Gender[] {
  return genders.filter((gender) => values.some((value) => value.gender === gender));
}

/**
 * An indicator's values as a bar chart per year (or per municipality, within one year) with the gender breakdown,
 * and the same numbers as a table: the table is the alternative for those who cannot see the chart.
 */
export function IndicatorChart({
  name,
  unit,
  values,
  by = 'year',
}: {
  name: string;
  unit: string;
  values: ChartValue[];
  by?: 'year' | 'municipality';
}) {
  const { t, i18n } = useTranslation();
  const format = (value: number) => value.toLocaleString(locale(i18n.language), { maximumFractionDigits: 4 });
  const shownGenders = gendersOf(values);
  const groupKey = (value: ChartValue) =>
    by === 'year' ? `${value.year}|${value.municipalityCode ?? ''}` : `${value.municipalityCode ?? ''}|${value.year}`;
  const groupLabel = (value: ChartValue) =>
    by === 'year'
      ? value.municipalityName
        ? `${value.year} ${value.municipalityName}`
        : String(value.year)
      : (value.municipalityName ?? t('followUp.indicator.county'));
  const keys = [...new Set(values.map(groupKey))].sort();
  const groups = keys.map((key) => {
    const inGroup = values.filter((value) => groupKey(value) === key);
    const byGender: Partial<Record<string, number>> = Object.fromEntries(
      inGroup.map((value) => [value.gender, value.value]),
    );
    return { key, label: groupLabel(inGroup[0]), values: byGender };
  });
  const series = shownGenders.map((gender) => ({ key: gender, label: t(`followUp.gender.${gender}`) }));
  const anySample = values.some((value) => value.sample);
  if (values.length === 0) return <p>{t('followUp.indicator.noValues')}</p>;
  return (
    <BarChart series={series} groups={groups} format={format}>
      <DataTable
        caption={t('followUp.indicator.tableCaption', { name, unit })}
        columns={[
          { key: 'group', header: by === 'year' ? t('followUp.indicator.year') : t('followUp.indicator.municipality') },
          ...shownGenders.map((gender) => ({ key: gender, header: `${t(`followUp.gender.${gender}`)} (${unit})` })),
        ]}
        rows={groups.map((group) => ({
          key: group.key,
          cells: [
            group.label,
            ...shownGenders.map((gender) => (group.values[gender] === undefined ? '–' : format(group.values[gender]))),
          ],
        }))}
      />
      {anySample && <p className="hint">{t('followUp.indicator.sampleNote')}</p>}
    </BarChart>
  );
}
