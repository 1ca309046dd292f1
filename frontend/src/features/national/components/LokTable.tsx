import { useTranslation } from 'react-i18next';
import { DataTable, Link } from '../../../design-system';
import { toAgreement } from '../../../lib/links';
import type { NationalOverview } from '../types';

/** The map's content as a table: every municipality, its county and its LÖK in force, if any. */
export function LokTable({ overview }: { overview: NationalOverview }) {
  const { t } = useTranslation();
  const countyName = new Map(overview.counties.map((c) => [c.countyCode, c.countyName]));
  return (
    <DataTable
      caption={t('national.lokMap.tableCaption', { year: overview.year })}
      columns={[
        { key: 'municipality', header: t('national.lokMap.column.municipality') },
        { key: 'county', header: t('national.lokMap.column.county') },
        { key: 'lok', header: t('national.lokMap.column.lok') },
      ]}
      rows={overview.municipalities.map((m) => ({
        key: m.code,
        cells: [
          m.name,
          countyName.get(m.countyCode) ?? m.countyCode,
          m.lokAgreementId ? (
            <Link href={toAgreement({ id: m.lokAgreementId })}>{m.lokTitle ?? t('national.lokMap.lok')}</Link>
          ) : (
            t('national.lokMap.none')
          ),
        ],
      }))}
    />
  );
}
