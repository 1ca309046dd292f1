import { useTranslation } from 'react-i18next';
import { useMunicipalities } from '../../../lib/reference';
import type { Grant } from '../types';

/** Where a grant applies, in words: the county, forum, organisation and municipalities, or the named indicators. */
export function GrantScope({ grant }: { grant: Grant }) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities(grant.municipalityCodes.length > 0 ? (grant.countyCode ?? null) : null);
  const nameOf = (code: string) => municipalities.data?.find((m) => m.code === code)?.name ?? code;
  const parts: string[] = [];
  if (grant.kind === 'COUNTY_COORDINATOR' && grant.countyCode) parts.push(t('grants.scope.county'));
  if (grant.kind === 'NATIONAL_READER') parts.push(t('grants.scope.national'));
  if (grant.forumName) parts.push(grant.forumName);
  if (grant.organisationName) parts.push(grant.organisationName);
  if (grant.municipalityCodes.length > 0) parts.push(grant.municipalityCodes.map(nameOf).join(', '));
  if (grant.indicatorNames.length > 0) {
    parts.push(
      t('grants.scope.indicators', { count: grant.indicatorNames.length, names: grant.indicatorNames.join(', ') }),
    );
  }
  return <>{parts.join(' – ')}</>;
}
