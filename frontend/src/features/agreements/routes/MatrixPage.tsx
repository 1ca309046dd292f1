import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../design-system';
import { ResponsibilityMatrix } from '../components/ResponsibilityMatrix';
import { BackToAgreement, WithAgreement } from '../components/WithAgreement';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/matrix');

/** Who answers for which goal area at which level, as one table. */
export function MatrixPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  return (
    <WithAgreement id={id}>
      {({ agreement }) => (
        // On paper the whole page is landscape (see .matrix-page in styles.css).
        <div className="matrix-page">
          <BackToAgreement id={agreement.id} title={agreement.title} />
          <PageHeading
            documentTitle={`${t('agreements.matrix.documentTitle', { title: agreement.title })} – ${t('app.name')}`}
          >
            {t('agreements.matrix.title')}
          </PageHeading>
          <p className="lead">{agreement.title}</p>
          <p>{t('agreements.matrix.intro')}</p>
          {agreement.goalAreas.length === 0 ? (
            <p>{t('agreements.detail.noGoalAreas')}</p>
          ) : (
            <ResponsibilityMatrix agreement={agreement} />
          )}
        </div>
      )}
    </WithAgreement>
  );
}
