import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadedPage } from '../../../components';
import { BackLink, Link, PageHeading } from '../../../design-system';
import { useAgreement, type VersionedAgreement } from '../api/getAgreement';
import { toAgreement, toAgreements } from '../../../lib/links';

/** Says so when an agreement is not there, or not visible to the visitor (drafts are not public). */
export function AgreementNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('agreements.detail.notFoundTitle')}</PageHeading>
      <p>{t('agreements.detail.notFoundText')}</p>
      <p>
        <Link href={toAgreements()}>{t('agreements.detail.backToList')}</Link>
      </p>
    </>
  );
}

/** Every page about one agreement: loading, not found and failure are shown the same way; then the page itself. */
export function WithAgreement({
  id,
  children,
}: {
  id: string;
  children: (versioned: VersionedAgreement, refetch: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const query = useAgreement(id);
  return (
    <LoadedPage
      query={query}
      loadingLabel={t('agreements.detail.loading')}
      notFoundTitle={t('agreements.detail.notFoundTitle')}
      notFoundText={t('agreements.detail.notFoundText')}
      back={{ href: toAgreements(), label: t('agreements.detail.backToList') }}
    >
      {(versioned) => children(versioned, () => void query.refetch())}
    </LoadedPage>
  );
}

/** The link back to the agreement from its sub-pages. */
export function BackToAgreement({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  return <BackLink href={toAgreement({ id: id })}>{t('agreements.detail.backTo', { title })}</BackLink>;
}
