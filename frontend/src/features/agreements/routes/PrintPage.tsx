import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, Link, PageHeading } from '../../../design-system';
import { formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { AgreementDocument } from '../components/AgreementDocument';
import { AgreementFacts } from '../components/AgreementFacts';
import { WithAgreement } from '../components/WithAgreement';
import { toAgreement } from '../../../lib/links';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/print');

/** The agreement as a document to print: no navigation, every disclosure open, print styles; a print button. */
export function PrintPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  return (
    <WithAgreement id={id}>
      {({ agreement }) => (
        <article className="print-document">
          <div className="print-toolbar no-print">
            <Button variant="primary" onPress={() => window.print()}>
              {t('agreements.print.print')}
            </Button>
            <Link href={toAgreement({ id: agreement.id })}>
              {t('agreements.detail.backTo', { title: agreement.title })}
            </Link>
          </div>
          <p className="eyebrow">{t(`agreementKind.${agreement.kind}`)}</p>
          <PageHeading>{agreement.title}</PageHeading>
          <AgreementFacts agreement={agreement} />
          <AgreementDocument agreement={agreement} expandAll />
          <p className="muted print-footer">
            {t('agreements.print.footer', {
              date: formatDateTime(new Date().toISOString(), locale(i18n.language)),
              updated: formatDateTime(agreement.updatedAt, locale(i18n.language)),
            })}
          </p>
        </article>
      )}
    </WithAgreement>
  );
}
