import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageNotLoaded as SharedPageNotLoaded } from '../../../components';
import { toFollowUp } from '../../../lib/links';

export { Loaded } from '../../../components';

/** A follow-up page whose main read has not succeeded (yet); "not found" leads back to the overview. */
export function PageNotLoaded({ query }: { query: UseQueryResult }) {
  const { t } = useTranslation();
  return (
    <SharedPageNotLoaded
      query={query}
      notFoundTitle={t('followUp.notFound')}
      back={{ href: toFollowUp(), label: t('followUp.backToOverview') }}
    />
  );
}
