import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { LinkButton, PageHeading, Select, Spinner } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useCounties } from '../../../lib/reference';
import { useForumStructure } from '../api/getForumStructure';
import { ForumStructureView } from '../components/ForumStructureView';
import { toNewForum } from '../../../lib/links';
import '../styles.css';

const routeApi = getRouteApi('/forums');

/** Västmanland when the reader has no scope in a county. */
const DEFAULT_COUNTY = '19';

/** The forum structure of a county ("Figur 1"): by level, with links and working groups. */
export function StructurePage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const me = useMe();
  const counties = useCounties();
  // The first county the reader has a scope in (a coordinator's, a federation's, a LÖK author's); the others are
  // offered first in the county choice.
  const own = me.data?.permissions.scopeCounties ?? [];
  const county = search.county ?? (own.length > 0 ? own[0] : DEFAULT_COUNTY);
  const allCounties = counties.data ?? [];
  const countyOptions = [
    ...own.flatMap((code) => allCounties.filter((c) => c.code === code)),
    ...allCounties.filter((c) => !own.includes(c.code)),
  ];
  // Without a county in the address, wait for the session to know where the caller works.
  const structure = useForumStructure(county, search.county !== undefined || !me.isPending);

  return (
    <>
      <div className="page-header">
        <PageHeading>{t('forums.structure.title')}</PageHeading>
        {structure.data?.canCreateForum && (
          <LinkButton variant="primary" href={toNewForum({ county: county })}>
            {t('forums.form.newLink')}
          </LinkButton>
        )}
      </div>
      <p>{t('forums.structure.intro')}</p>
      <div className="filters">
        <Select
          label={t('forums.structure.county')}
          options={countyOptions.map((c) => ({ id: c.code, label: c.name }))}
          value={county}
          onChange={(value) => void navigate({ search: { county: value ?? undefined }, replace: true })}
        />
      </div>
      {structure.isPending && <Spinner label={t('forums.structure.loading')} />}
      {structure.isError && <QueryError error={structure.error} onRetry={() => void structure.refetch()} />}
      {structure.data && <ForumStructureView structure={structure.data} />}
    </>
  );
}
