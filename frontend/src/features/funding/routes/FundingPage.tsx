import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListOrNone, Loaded } from '../../../components';
import { DataTable, Link, LinkButton, PageHeading, Select } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useCounties } from '../../../lib/reference';
import {
  toFundingAccounts,
  toFundingCall,
  toFundingProgrammes,
  toFundingProjects,
  toNewFundingCall,
  toNewFundingProject,
} from '../../../lib/links';
import { useCalls } from '../api/getCalls';
import { useSummary } from '../api/getSummary';
import { TotalsChart } from '../components/TotalsChart';
import { formatKronor } from '../format';
import type { FundingSearch } from './searchParams';
import '../styles.css';

const routeApi = getRouteApi('/funding');

/** A county's money: per programme, goal area, municipality and year, applied against granted, and its calls. */
export function FundingPage() {
  const { t, i18n } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const counties = useCounties();
  const me = useMe();
  const summary = useSummary({ county: search.county, year: search.year });
  const calls = useCalls({ county: search.county });
  const set = (change: Partial<FundingSearch>) =>
    void navigate({ search: (previous: FundingSearch) => ({ ...previous, ...change }), replace: true });
  const money = (amount: string) => formatKronor(amount, i18n.language) ?? amount;
  const query = { county: search.county, year: search.year };
  const exportHref = (path: string, extra: Record<string, string> = {}) => {
    const params = new URLSearchParams();
    if (search.county) params.set('county', search.county);
    if (search.year) params.set('year', String(search.year));
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    const text = params.toString();
    return `/api/v1/funding/${path}${text ? `?${text}` : ''}`;
  };

  return (
    <>
      <PageHeading>{t('funding.title')}</PageHeading>
      <p>{t('funding.intro')}</p>
      <div className="filters">
        <Select
          label={t('funding.county')}
          emptyOption={t('funding.allCounties')}
          options={(counties.data ?? []).map((county) => ({ id: county.code, label: county.name }))}
          value={search.county ?? null}
          onChange={(county) => set({ county: county ?? undefined })}
        />
      </div>
      <ul className="funding-links-list">
        <li>
          <Link href={toFundingProjects(query)}>{t('funding.projects.all')}</Link>
        </li>
        <li>
          <Link href={toFundingProgrammes()}>{t('funding.programmes.title')}</Link>
        </li>
        {me.data?.authenticated && (
          <li>
            <Link href={toFundingAccounts({ county: search.county })}>{t('funding.accounts.board')}</Link>
          </li>
        )}
      </ul>
      {search.county && (summary.data?.permissions.createCall || summary.data?.permissions.createProject) && (
        <div className="funding-actions">
          {summary.data.permissions.createCall && (
            <LinkButton href={toNewFundingCall({ county: search.county })}>{t('funding.callForm.newTitle')}</LinkButton>
          )}
          {summary.data.permissions.createProject && (
            <LinkButton href={toNewFundingProject({ county: search.county })}>
              {t('funding.projectForm.newTitle')}
            </LinkButton>
          )}
        </div>
      )}
      <Loaded query={summary}>
        {(data) => (
          <>
            <p className="funding-total">
              {t('funding.summary.total')}: <strong>{money(data.total)}</strong>
            </p>
            <h2>{t('funding.summary.byGoalArea')}</h2>
            <TotalsChart caption={t('funding.summary.byGoalArea')} totals={data.byGoalArea} />
            <h2>{t('funding.summary.byProgramme')}</h2>
            <TotalsChart caption={t('funding.summary.byProgramme')} totals={data.byProgramme} />
            <h2>{t('funding.summary.byMunicipality')}</h2>
            <TotalsChart caption={t('funding.summary.byMunicipality')} totals={data.byMunicipality} />
            <h2>{t('funding.summary.byYear')}</h2>
            <TotalsChart caption={t('funding.summary.byYear')} totals={data.byYear} />
            <h2>{t('funding.summary.appliedGranted')}</h2>
            {data.appliedGranted.length === 0 ? (
              <p>{t('funding.summary.none')}</p>
            ) : (
              <DataTable
                caption={t('funding.summary.appliedGranted')}
                columns={[
                  { key: 'year', header: t('funding.summary.year') },
                  { key: 'applied', header: t('funding.summary.applied') },
                  { key: 'granted', header: t('funding.summary.granted') },
                  { key: 'applications', header: t('funding.summary.applications') },
                ]}
                rows={data.appliedGranted.map((row) => ({
                  key: String(row.year),
                  cells: [String(row.year), money(row.applied), money(row.granted), String(row.applications)],
                }))}
              />
            )}
          </>
        )}
      </Loaded>
      <h2>{t('funding.calls.title')}</h2>
      <Loaded query={calls}>
        {(list) => (
          <ListOrNone items={list} none={t('funding.calls.none')} className="funding-calls">
            {(call) => (
              <li key={call.id}>
                <Link href={toFundingCall({ id: call.id })}>{call.title}</Link> ({call.programme.name},{' '}
                {t(`funding.callStatus.${call.status}`)})
              </li>
            )}
          </ListOrNone>
        )}
      </Loaded>
      <h2>{t('funding.export.title')}</h2>
      <ul>
        <li>
          <Link href={exportHref('projects.csv', { dialect: 'excel-sv' })}>{t('funding.export.csvExcel')}</Link>
        </li>
        <li>
          <Link href={exportHref('projects.csv')}>{t('funding.export.csv')}</Link>
        </li>
        <li>
          <Link href={exportHref('projects.xlsx')}>{t('funding.export.xlsx')}</Link>
        </li>
      </ul>
    </>
  );
}
