import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../../design-system';
import type { NationalFigures, NationalOverview } from '../types';

/** The counties side by side, then the whole country; every figure in its own cell, read with both headers. */
export function CountyTable({ overview }: { overview: NationalOverview }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  const cells = (name: string, f: NationalFigures) => [
    name,
    n(f.agreementsInForce.regional),
    n(f.agreementsInForce.local),
    n(f.agreementsInForce.strategy),
    n(f.agreementsInForce.cooperationPlan),
    t('national.ofMunicipalities', { count: f.municipalities, withLok: n(f.municipalitiesWithLok) }),
    n(f.followUp.onTrack),
    n(f.followUp.partly),
    n(f.followUp.notOnTrack),
    n(f.followUp.notAssessed),
    t('national.openItems', { open: n(f.openActionItems), overdue: n(f.overdueActionItems) }),
    ...(overview.internal ? [n(f.agreementsInPreparation ?? 0)] : []),
  ];
  return (
    <ScrollTable
      caption={t('national.tableCaption', { year: overview.year })}
      captionHidden={false}
      className="national-table"
      columns={[
        { key: 'county', header: t('national.column.county') },
        { key: 'regional', header: t('national.column.regional') },
        { key: 'local', header: t('national.column.local') },
        { key: 'strategy', header: t('national.column.strategy') },
        { key: 'plan', header: t('national.column.cooperationPlan') },
        { key: 'lok', header: t('national.column.municipalitiesWithLok') },
        { key: 'onTrack', header: t('national.column.onTrack') },
        { key: 'partly', header: t('national.column.partly') },
        { key: 'notOnTrack', header: t('national.column.notOnTrack') },
        { key: 'notAssessed', header: t('national.column.notAssessed') },
        { key: 'items', header: t('national.column.openActionItems') },
        ...(overview.internal ? [{ key: 'preparation', header: t('national.column.inPreparation') }] : []),
      ]}
      rows={[
        ...overview.counties.map((county) => ({
          key: county.countyCode,
          cells: cells(county.countyName, county.figures),
        })),
        { key: 'totals', cells: cells(t('national.wholeCountry'), overview.totals) },
      ]}
    />
  );
}
