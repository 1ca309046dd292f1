import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../../components';
import { NotPermittedPage } from '../../../components';
import { PageHeading } from '../../../design-system';
import { useAgreementForFollowUp } from '../api/getAgreementForFollowUp';
import { useIndicator } from '../api/getIndicator';
import { useCreateIndicator, useUpdateIndicator } from '../api/saveIndicator';
import { IndicatorForm } from '../components/IndicatorForm';
import { PageNotLoaded } from '../components/Loaded';
import { emptyIndicatorValues, indicatorFormValues, toIndicatorInput } from '../components/indicatorFormValues';
import { toAgreementFollowUp, toIndicator } from '../../../lib/links';
import { goalAreaName } from '../format';
import '../styles.css';

const newRoute = getRouteApi('/follow-up/agreements/$agreementId/indicators/new');
const editRoute = getRouteApi('/follow-up/indicators/$indicatorId/edit');

/** The agreement's goal areas as options, for the indicator's goal area. */
function useGoalAreaOptions(agreementId: string | undefined) {
  const agreement = useAgreementForFollowUp(agreementId ?? '');
  return {
    agreement,
    options: (agreement.data?.goalAreas ?? []).map((goalArea) => ({ id: goalArea.id, label: goalAreaName(goalArea) })),
  };
}

/** Defining a new indicator of an agreement (whoever runs its follow-up). */
export function NewIndicatorPage() {
  const { t } = useTranslation();
  const { agreementId } = newRoute.useParams();
  const navigate = useNavigate();
  const create = useCreateIndicator();
  const { agreement, options } = useGoalAreaOptions(agreementId);
  if (!agreement.isSuccess) return <PageNotLoaded query={agreement} />;
  // From the API: the agreement's managers (county coordinators, admins, a LÖK's author by grant).
  const { runFollowUp } = agreement.data.permissions;
  return (
    <RequirePermission allowed={() => runFollowUp}>
      {() => (
        <>
          <PageHeading>{t('followUp.indicatorForm.newTitle')}</PageHeading>
          <IndicatorForm
            initial={emptyIndicatorValues()}
            goalAreas={options}
            submitLabel={t('followUp.indicatorForm.create')}
            cancelHref={toAgreementFollowUp({ agreementId: agreementId })}
            onSave={async (values) => {
              const indicator = await create.mutateAsync({ agreementId, input: toIndicatorInput(values) });
              await navigate({ to: '/follow-up/indicators/$indicatorId', params: { indicatorId: indicator.id } });
            }}
          />
        </>
      )}
    </RequirePermission>
  );
}

/** Redefining an indicator; a stale version (412) offers the latest one. */
export function EditIndicatorPage() {
  const { t } = useTranslation();
  const { indicatorId } = editRoute.useParams();
  const navigate = useNavigate();
  const update = useUpdateIndicator();
  const query = useIndicator(indicatorId);
  const { options } = useGoalAreaOptions(query.data?.indicator.agreementId);
  const [reloaded, setReloaded] = useState(0);
  if (!query.isSuccess) return <PageNotLoaded query={query} />;
  const { indicator, etag } = query.data;
  if (!indicator.permissions.edit) return <NotPermittedPage />;
  return (
    <>
      <PageHeading>{t('followUp.indicatorForm.editTitle', { name: indicator.name })}</PageHeading>
      <IndicatorForm
        key={reloaded}
        initial={indicatorFormValues(indicator)}
        goalAreas={options}
        submitLabel={t('followUp.indicatorForm.save')}
        cancelHref={toIndicator({ indicatorId: indicatorId })}
        notice={reloaded > 0 ? t('followUp.indicatorForm.reloaded') : undefined}
        onReload={() => void query.refetch().then(() => setReloaded((count) => count + 1))}
        onSave={async (values) => {
          await update.mutateAsync({ id: indicatorId, etag, input: toIndicatorInput(values) });
          await navigate({ to: '/follow-up/indicators/$indicatorId', params: { indicatorId } });
        }}
      />
    </>
  );
}
