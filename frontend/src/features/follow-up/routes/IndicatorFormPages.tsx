import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditSessionView, NotPermittedPage, refetched, RequirePermission, useEditSession } from '../../../components';
import { PageHeading } from '../../../design-system';
import { useAgreementForFollowUp } from '../api/getAgreementForFollowUp';
import { useIndicator, type VersionedIndicator } from '../api/getIndicator';
import { useCreateIndicator, useUpdateIndicator } from '../api/saveIndicator';
import {
  IndicatorForm,
  indicatorFields,
  useDescribeIndicatorValue,
  useIndicatorFieldLabel,
} from '../components/IndicatorForm';
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
            initialInput={emptyIndicatorValues()}
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

/**
 * The definition over the version it was opened with: when someone else saved meanwhile (412), the conflict screen
 * shows what they changed, to re-apply mine onto their version or start again from it.
 */
function EditIndicatorForm({
  versioned,
  goalAreas,
  refetch,
}: {
  versioned: VersionedIndicator;
  goalAreas: { id: string; label: string }[];
  refetch: () => Promise<VersionedIndicator>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateIndicator();
  const labelOf = useIndicatorFieldLabel();
  const describe = useDescribeIndicatorValue(goalAreas);
  const indicatorId = versioned.indicator.id;
  const session = useEditSession({
    initial: { input: indicatorFormValues(versioned.indicator), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await refetch();
      return { input: indicatorFormValues(latest.indicator), etag: latest.etag };
    },
    save: async (values, etag) => {
      await update.mutateAsync({ id: indicatorId, etag, input: toIndicatorInput(values) });
      await navigate({ to: '/follow-up/indicators/$indicatorId', params: { indicatorId } });
    },
  });
  return (
    <EditSessionView
      session={session}
      fields={indicatorFields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start) => (
        <IndicatorForm
          {...start}
          goalAreas={goalAreas}
          submitLabel={t('followUp.indicatorForm.save')}
          cancelHref={toIndicator({ indicatorId })}
          onSave={session.submit}
        />
      )}
    />
  );
}

/** Redefining an indicator (with the conflict screen when someone else saved it meanwhile). */
export function EditIndicatorPage() {
  const { t } = useTranslation();
  const { indicatorId } = editRoute.useParams();
  const query = useIndicator(indicatorId);
  const { options } = useGoalAreaOptions(query.data?.indicator.agreementId);
  if (!query.isSuccess) return <PageNotLoaded query={query} />;
  const { indicator } = query.data;
  if (!indicator.permissions.edit) return <NotPermittedPage />;
  return (
    <>
      <PageHeading>{t('followUp.indicatorForm.editTitle', { name: indicator.name })}</PageHeading>
      <EditIndicatorForm versioned={query.data} goalAreas={options} refetch={() => refetched(query)} />
    </>
  );
}
