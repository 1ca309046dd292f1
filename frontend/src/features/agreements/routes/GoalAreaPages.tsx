import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { NotPermittedPage } from '../../../components';
import { PageHeading, Spinner } from '../../../design-system';
import { isNotFound } from '../../../lib/api';
import { plainText } from '../../../lib/format';
import { useAddGoalArea } from '../api/addGoalArea';
import type { VersionedAgreement } from '../api/getAgreement';
import { fetchGoalArea, useGoalArea, type VersionedGoalArea } from '../api/getGoalArea';
import { useUpdateGoalArea } from '../api/updateGoalArea';
import { EditSessionView } from '../../../components';
import { GoalAreaForm, useGoalAreaFieldLabel } from '../components/GoalAreaForm';
import {
  emptyGoalAreaInput,
  goalAreaFields,
  goalAreaInputOf,
  type GoalAreaField,
} from '../components/goalAreaFormValues';
import { ResponsibilitiesEditor } from '../components/ResponsibilitiesEditor';
import { RouteNotice } from '../components/RouteNotice';
import { refetched, useEditSession } from '../../../components';
import { BackToAgreement, WithAgreement } from '../components/WithAgreement';
import type { Agreement, GoalAreaInput } from '../types';
import type { Option } from '../../../design-system';
import { useAnswersToOptions } from '../components/answersTo';
import { toAgreement } from '../../../lib/links';
import { goalAreaName } from '../components/format';
import '../styles.css';

const newRoute = getRouteApi('/agreements/$id/goal-areas/new');
const editRoute = getRouteApi('/agreements/$id/goal-areas/$goalAreaId/edit');

/** The pages of an agreement's parts are for those who may edit it. */
function EditableAgreement({
  id,
  children,
}: {
  id: string;
  children: (versioned: VersionedAgreement) => React.ReactNode;
}) {
  return (
    <WithAgreement id={id}>
      {(versioned) => (versioned.agreement.permissions.edit ? children(versioned) : <NotPermittedPage />)}
    </WithAgreement>
  );
}

/** The form of a new goal area; its page follows, where the responsible and other parties are added. */
function NewGoalAreaForm({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const add = useAddGoalArea();
  const answersToOptions = useAnswersToOptions(agreement);
  return (
    <GoalAreaForm
      answersToOptions={answersToOptions}
      initialInput={emptyGoalAreaInput}
      submitLabel={t('agreements.goalArea.create')}
      cancelHref={toAgreement({ id: agreement.id })}
      onSubmit={async (input) => {
        const goalArea = await add.mutateAsync({ agreementId: agreement.id, input });
        await navigate({
          to: '/agreements/$id/goal-areas/$goalAreaId/edit',
          params: { id: agreement.id, goalAreaId: goalArea.id },
          state: (previous) => ({ ...previous, notice: { key: 'agreements.notice.goalAreaCreated' } }),
        });
      }}
    />
  );
}

/** Add a goal area. */
export function NewGoalAreaPage() {
  const { t } = useTranslation();
  const { id } = newRoute.useParams();
  return (
    <EditableAgreement id={id}>
      {({ agreement }) => (
        <>
          <BackToAgreement id={agreement.id} title={agreement.title} />
          <PageHeading>{t('agreements.goalArea.newTitle')}</PageHeading>
          <NewGoalAreaForm agreement={agreement} />
        </>
      )}
    </EditableAgreement>
  );
}

/** A value of a goal area field in words: strategies numbered one a line, target groups by name. */
function useDescribeGoalAreaValue(answersToOptions: Option[] | null) {
  const { t } = useTranslation();
  return (field: GoalAreaField, value: unknown): string => {
    if (value === undefined || value === null) return '';
    if (field === 'answersToGoalAreaId')
      return answersToOptions?.find((option) => option.id === value)?.label ?? plainText(value);
    if (field === 'strategies')
      return (value as string[]).map((strategy, index) => `${index + 1}. ${strategy}`).join('\n');
    if (field === 'targetGroups') {
      return (value as NonNullable<GoalAreaInput['targetGroups']>).map((group) => t(`targetGroup.${group}`)).join(', ');
    }
    return plainText(value);
  };
}

function EditGoalAreaForm({ agreement, versioned }: { agreement: Agreement; versioned: VersionedGoalArea }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateGoalArea();
  const labelOf = useGoalAreaFieldLabel();
  const answersToOptions = useAnswersToOptions(agreement);
  const describe = useDescribeGoalAreaValue(answersToOptions);
  const agreementId = agreement.id;
  const goalAreaId = versioned.goalArea.id;
  const session = useEditSession({
    initial: { input: goalAreaInputOf(versioned.goalArea), etag: versioned.etag },
    fetchLatest: async () => {
      const latest = await fetchGoalArea(agreementId, goalAreaId);
      return { input: goalAreaInputOf(latest.goalArea), etag: latest.etag };
    },
    save: async (input, etag) => {
      await update.mutateAsync({ agreementId, goalAreaId, etag, input });
      await navigate({
        to: '/agreements/$id',
        params: { id: agreementId },
        state: (previous) => ({
          ...previous,
          notice: { key: 'agreements.notice.goalAreaUpdated', values: { name: `${input.number} ${input.title}` } },
        }),
      });
    },
  });

  return (
    <EditSessionView
      session={session}
      fields={goalAreaFields}
      labelOf={labelOf}
      describe={describe}
      renderForm={(start) => (
        <GoalAreaForm
          {...start}
          answersToOptions={answersToOptions}
          submitLabel={t('agreements.goalArea.save')}
          cancelHref={toAgreement({ id: agreementId })}
          onSubmit={session.submit}
        />
      )}
    />
  );
}

/** Edit a goal area (with the conflict screen when someone else saved it meanwhile) and who answers for it. */
export function EditGoalAreaPage() {
  const { t } = useTranslation();
  const { id, goalAreaId } = editRoute.useParams();
  const goalArea = useGoalArea(id, goalAreaId);
  return (
    <EditableAgreement id={id}>
      {({ agreement }) => {
        if (goalArea.isPending) return <Spinner label={t('agreements.goalArea.loading')} />;
        if (goalArea.isError) {
          return (
            <>
              <BackToAgreement id={agreement.id} title={agreement.title} />
              <PageHeading>
                {isNotFound(goalArea.error) ? t('agreements.goalArea.notFound') : t('common.errorTitle')}
              </PageHeading>
              {!isNotFound(goalArea.error) && (
                <QueryError error={goalArea.error} onRetry={() => void goalArea.refetch()} />
              )}
            </>
          );
        }
        const current = goalArea.data.goalArea;
        return (
          <>
            <BackToAgreement id={agreement.id} title={agreement.title} />
            <PageHeading>{t('agreements.goalArea.editTitle', { name: goalAreaName(current) })}</PageHeading>
            <RouteNotice />
            <EditGoalAreaForm agreement={agreement} versioned={goalArea.data} />
            <ResponsibilitiesEditor
              agreementId={agreement.id}
              goalArea={current}
              parties={agreement.parties}
              readAgain={async () => (await refetched(goalArea)).goalArea}
              onStale={() => void goalArea.refetch()}
            />
          </>
        );
      }}
    </EditableAgreement>
  );
}
