import { useTranslation } from 'react-i18next';
import { Link, PageHeading } from '../design-system';
import { toStart } from '../lib/links';

/** Shown for addresses that match no page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href={toStart()}>{t('common.toStart')}</Link>
      </p>
    </>
  );
}
