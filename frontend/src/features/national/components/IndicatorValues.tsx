import { useTranslation } from 'react-i18next';
import { CountyFilter, Loaded } from '../../../components';
import { Badge, Pagination, ScrollTable } from '../../../design-system';
import { INDICATOR_PAGE_SIZE, useNationalIndicatorValues } from '../api/getNationalIndicatorValues';

type Props = {
  year: number;
  county: string | undefined;
  page: number;
  onChange: (change: { county?: string; page?: number }) => void;
};

/** Indicator values across counties and municipalities in the year, with women and men beside the total. */
export function IndicatorValues({ year, county, page, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const values = useNationalIndicatorValues({ year, county, page: page - 1 });
  const n = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : value.toLocaleString(i18n.language);
  return (
    <section aria-labelledby="national-indicators">
      <h2 id="national-indicators">{t('national.indicators.title')}</h2>
      <p>{t('national.indicators.intro')}</p>
      <div className="filters">
        <CountyFilter
          label={t('national.indicators.county')}
          allLabel={t('national.wholeCountry')}
          value={county}
          onChange={(value) => onChange({ county: value, page: undefined })}
        />
      </div>
      <Loaded query={values}>
        {(data) => {
          const pageCount = Math.max(1, Math.ceil(data.total / INDICATOR_PAGE_SIZE));
          return (
            <>
              <p className="result-count" role="status">
                {t('national.indicators.count', { count: data.total })}
              </p>
              {data.items.length > 0 && (
                <ScrollTable
                  caption={t('national.indicators.caption', { year })}
                  columns={[
                    { key: 'indicator', header: t('national.indicators.column.indicator') },
                    { key: 'county', header: t('national.indicators.column.county') },
                    { key: 'municipality', header: t('national.indicators.column.municipality') },
                    { key: 'total', header: t('national.indicators.column.total') },
                    { key: 'women', header: t('national.indicators.column.women') },
                    { key: 'men', header: t('national.indicators.column.men') },
                  ]}
                  rows={data.items.map((row) => ({
                    key: `${row.indicatorId}-${row.municipalityCode ?? row.countyCode}`,
                    cells: [
                      <>
                        {row.indicator} ({row.unit})
                        {row.sample && (
                          <>
                            {' '}
                            <Badge tone="warning">{t('national.indicators.sample')}</Badge>
                          </>
                        )}
                      </>,
                      row.countyName,
                      row.municipalityName ?? t('national.indicators.countyWide'),
                      n(row.total),
                      n(row.women),
                      n(row.men),
                    ],
                  }))}
                />
              )}
              {pageCount > 1 && (
                <Pagination
                  page={page}
                  pageCount={pageCount}
                  onPageChange={(next) => onChange({ county, page: next })}
                  labels={{
                    navigation: t('national.indicators.pages'),
                    previous: t('national.indicators.previous'),
                    next: t('national.indicators.next'),
                    status: t('national.indicators.pageStatus', { page, count: pageCount }),
                  }}
                />
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
