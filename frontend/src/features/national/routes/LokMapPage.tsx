import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../../components';
import { Link, PageHeading } from '../../../design-system';
import { toLokMap, toNational } from '../../../lib/links';
import { useNationalOverview } from '../api/getNationalOverview';
import { LokTable } from '../components/LokTable';
import { LokTiles } from '../components/LokTiles';
import { YearSelect } from '../components/YearSelect';
import '../styles.css';

const routeApi = getRouteApi('/national/lok-map');

/** Which of the 290 municipalities have a LÖK in force: as tiles per county, or as a table. */
export function LokMapPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const year = search.year ?? new Date().getFullYear();
  const overview = useNationalOverview(year);
  const table = search.view === 'table';
  return (
    <>
      <PageHeading>{t('national.lokMap.title')}</PageHeading>
      <p className="lead">{t('national.lokMap.lead')}</p>
      <div className="filters">
        <YearSelect year={year} onChange={(y) => void navigate({ search: { ...search, year: y }, replace: true })} />
      </div>
      <ul className="national-views" aria-label={t('national.lokMap.views')}>
        <li>
          <Link href={toLokMap({ year })} aria-current={table ? undefined : 'page'}>
            {t('national.lokMap.asMap')}
          </Link>
        </li>
        <li>
          <Link href={toLokMap({ year, view: 'table' })} aria-current={table ? 'page' : undefined}>
            {t('national.lokMap.asTable')}
          </Link>
        </li>
        <li>
          <Link href={toNational({ year })}>{t('national.lokMap.toNational')}</Link>
        </li>
      </ul>
      <Loaded query={overview}>
        {(data) => (
          <>
            <p role="status">
              {t('national.lokMap.summary', {
                count: data.totals.municipalities,
                withLok: data.totals.municipalitiesWithLok,
                year: data.year,
              })}
            </p>
            {table ? (
              <LokTable overview={data} />
            ) : (
              <>
                <p className="lok-map-legend">
                  <span className="lok-tile lok-tile--lok lok-tile--legend" aria-hidden="true">
                    ✓
                  </span>{' '}
                  {t('national.lokMap.legend')}
                </p>
                <LokTiles overview={data} />
              </>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
