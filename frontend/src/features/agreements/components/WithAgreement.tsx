import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError';
import { Link, PageHeading, Spinner } from '../../../design-system';
import { isNotFound } from '../../../lib/api';
import { useAgreement, type VersionedAgreement } from '../api/getAgreement';

/** Says so when an agreement is not there, or not visible to the visitor (drafts are not public). */
export function AgreementNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('agreements.detail.notFoundTitle')}</PageHeading>
      <p>{t('agreements.detail.notFoundText')}</p>
      <p>
        <Link href="/agreements">{t('agreements.detail.backToList')}</Link>
      </p>
    </>
  );
}

/** Every page about one agreement: loading, not found and failure are shown the same way; then the page itself. */
export function WithAgreement({ id, children }: { id: string; children: (versioned: VersionedAgreement, refetch: () => void) => ReactNode }) {
  const { t } = useTranslation();
  const query = useAgreement(id);
  if (query.isPending) return <Spinner label={t('agreements.detail.loading')} />;
  if (query.isError) {
    if (isNotFound(query.error)) return <AgreementNotFound />;
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <>{children(query.data, () => void query.refetch())}</>;
}

/** The link back to the agreement from its sub-pages. */
export function BackToAgreement({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  return (
    <Link href={`/agreements/${id}`} className="ds-link back-link">
      <span aria-hidden="true">← </span>
      {t('agreements.detail.backTo', { title })}
    </Link>
  );
}
