import { useTranslation } from 'react-i18next';
import { Link, PageHeading } from '../../../design-system';
import '../styles.css';

/** Digg's report form for digital public service that is not accessible. */
const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

/**
 * The accessibility statement, in the order of Digg's model statement: who stands behind the service, how
 * accessible it is, what to do when a part cannot be used, how to report a shortcoming, the supervisory authority,
 * the technical information, what is not accessible and how the service was tested. What is not known here (the
 * responsible authority, its contact details, the dates) is marked as sample data.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  const sample = (text: string) => (
    <span className="accessibility-sample">
      {text} {t('accessibility.sampleMark')}
    </span>
  );
  return (
    <>
      <PageHeading>{t('accessibility.title')}</PageHeading>
      <p className="lead">{t('accessibility.lead')}</p>
      <p>
        {t('accessibility.operator')} {sample(t('accessibility.operatorName'))}
      </p>

      <h2>{t('accessibility.status.title')}</h2>
      <p>{t('accessibility.status.text')}</p>

      <h2>{t('accessibility.help.title')}</h2>
      <p>{t('accessibility.help.text')}</p>
      <ul>
        <li>{sample(t('accessibility.help.email'))}</li>
        <li>{sample(t('accessibility.help.phone'))}</li>
      </ul>
      <p>{t('accessibility.help.response')}</p>

      <h2>{t('accessibility.report.title')}</h2>
      <p>{t('accessibility.report.text')}</p>

      <h2>{t('accessibility.supervision.title')}</h2>
      <p>{t('accessibility.supervision.text')}</p>
      <p>
        <Link href={DIGG_REPORT_URL}>{t('accessibility.supervision.link')}</Link>
      </p>

      <h2>{t('accessibility.technical.title')}</h2>
      <p>{t('accessibility.technical.text')}</p>

      <h3>{t('accessibility.gaps.title')}</h3>
      <ul>
        <li>{t('accessibility.gaps.documents')}</li>
        <li>{t('accessibility.gaps.login')}</li>
      </ul>

      <h2>{t('accessibility.testing.title')}</h2>
      <p>{t('accessibility.testing.text')}</p>
      <p>{sample(t('accessibility.testing.dates'))}</p>
    </>
  );
}
