import { useTranslation } from 'react-i18next';
import { Link, PageHeading } from '../../../design-system';
import { toAgreements, toOrganisations } from '../../../lib/links';

/** What Samverkan is, and where to go from here: the start page of visitors who have not logged in. */
export function PublicStart() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>
      <p>{t('start.intro')}</p>
      <h2>{t('start.whatTitle')}</h2>
      <ul className="card-list">
        <li className="card">
          <h3>{t('start.agreementsTitle')}</h3>
          <p>{t('start.agreementsText')}</p>
          <p>
            <Link href={toAgreements()}>{t('start.agreementsLink')}</Link>
          </p>
        </li>
        <li className="card">
          <h3>{t('start.organisationsTitle')}</h3>
          <p>{t('start.organisationsText')}</p>
          <p>
            <Link href={toOrganisations()}>{t('start.organisationsLink')}</Link>
          </p>
        </li>
        <li className="card">
          <h3>{t('start.coordinatorsTitle')}</h3>
          <p>{t('start.coordinatorsText')}</p>
        </li>
        <li className="card">
          <h3>{t('start.opennessTitle')}</h3>
          <p>{t('start.opennessText')}</p>
        </li>
      </ul>
    </>
  );
}
