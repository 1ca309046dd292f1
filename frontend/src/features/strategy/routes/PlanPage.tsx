import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionError,
  ConfirmAction,
  Loaded,
  useFieldLabels,
  useOrganisationOptions,
  VersionedEdit,
} from '../../../components';
import {
  Badge,
  Button,
  ComboBox,
  Disclosure,
  Link,
  PageHeading,
  Select,
  TextField,
  type Option,
} from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { toAgreement, toStrategyAnalysis } from '../../../lib/links';
import { useAddActivity } from '../api/addActivity';
import { useChangeActivityStatus } from '../api/changeActivityStatus';
import { useActionPlan, useLatestActionPlan } from '../api/getActionPlan';
import { useRemoveActivity } from '../api/removeActivity';
import { useUpdateActivity } from '../api/updateActivity';
import {
  ActivityForm,
  activityConflictFields,
  activityConflictLabels,
  activityValuesOf,
  activityValueText,
  toActivityInput,
} from '../components/ActivityForm';
import { PartGoneWarning, PartsGone, usePartGone } from '../components/PartsGone';
import { partVersion } from '../components/partVersion';
import { ProgressText } from '../components/ProgressText';
import type { ActionPlan, ActivityStatus, PlanActivity } from '../types';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/action-plan');

const COLUMNS: ActivityStatus[] = ['PLANNED', 'ONGOING', 'DONE', 'CANCELLED'];

/** The action plan: progress per goal area, area of action and sub-strategy, what is overdue, and the board. */
export function PlanPage() {
  const { id } = routeApi.useParams();
  const plan = useActionPlan(id);
  return <Loaded query={plan}>{(data) => <PlanView plan={data} />}</Loaded>;
}

function PlanView({ plan }: { plan: ActionPlan }) {
  const { t, i18n } = useTranslation();
  const agreementId = plan.agreement.id;
  const overdue = plan.activities.filter((activity) => activity.overdue);
  const latest = useLatestActionPlan(agreementId);
  return (
    <PartsGone partIds={plan.activities.map((activity) => activity.id)} refresh={latest.refresh}>
      <PageHeading>{t('strategy.plan.title', { title: plan.agreement.title })}</PageHeading>
      <p>
        <Link href={toAgreement({ id: agreementId })}>{t('strategy.backToAgreement')}</Link> ·{' '}
        <Link href={toStrategyAnalysis({ id: agreementId })}>{t('strategy.plan.toAnalysis')}</Link>
      </p>
      <PartGoneWarning />

      <section aria-labelledby="plan-progress">
        <h2 id="plan-progress">{t('strategy.plan.progress')}</h2>
        <p>
          <strong>{t('strategy.plan.whole')}:</strong> <ProgressText progress={plan.progress} />
        </p>
        {plan.goalAreas.length > 0 && (
          <>
            <h3>{t('strategy.plan.perGoalArea')}</h3>
            <ul>
              {plan.goalAreas.map(({ goalArea, progress }) => (
                <li key={goalArea.id}>
                  {[goalArea.number, goalArea.title].filter(Boolean).join(' ')}: <ProgressText progress={progress} />
                </li>
              ))}
            </ul>
          </>
        )}
        {plan.areas.length > 0 && (
          <>
            <h3>{t('strategy.plan.perArea')}</h3>
            <ul>
              {plan.areas.map(({ area, targetGroup, progress }) => (
                <li key={area.id}>
                  {area.name}
                  {targetGroup && ` (${t(`targetGroup.${targetGroup}`)})`}: <ProgressText progress={progress} />
                </li>
              ))}
            </ul>
          </>
        )}
        {plan.subStrategies.length > 0 && (
          <>
            <h3>{t('strategy.plan.perSubStrategy')}</h3>
            <ul>
              {plan.subStrategies.map(({ agreement, progress }) => (
                <li key={agreement.id}>
                  <Link href={toAgreement({ id: agreement.id })}>{agreement.title}</Link>:{' '}
                  <ProgressText progress={progress} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="plan-overdue">
        <h2 id="plan-overdue">{t('strategy.plan.overdue', { date: formatDate(plan.today, i18n.language) })}</h2>
        {overdue.length === 0 ? (
          <p>{t('strategy.plan.noneOverdue')}</p>
        ) : (
          <ul>
            {overdue.map((activity) => (
              <li key={activity.id}>
                {activity.title} – {activity.owner.name},{' '}
                {t('strategy.plan.dueOn', { date: formatDate(activity.dueOn, i18n.language) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="plan-board">
        <h2 id="plan-board">{t('strategy.plan.board')}</h2>
        {plan.activities.length === 0 && <p>{t('strategy.plan.none')}</p>}
        <div className="plan-board">
          {COLUMNS.map((status) => {
            const cards = plan.activities.filter((activity) => activity.status === status);
            return (
              <section key={status} className="plan-board-column" aria-labelledby={`column-${status}`}>
                <h3 id={`column-${status}`}>
                  {t(`strategy.activityStatus.${status}`)} ({cards.length})
                </h3>
                <ul className="plan-board-cards">
                  {cards.map((activity) => (
                    <ActivityCard key={activity.id} plan={plan} activity={activity} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </section>
      {plan.permissions.addActivity && <AddActivity plan={plan} />}
    </PartsGone>
  );
}

function moveLabel(target: ActivityStatus, from: ActivityStatus) {
  if (target === 'ONGOING') return from === 'DONE' ? 'strategy.plan.reopen' : 'strategy.plan.start';
  if (target === 'PLANNED') return from === 'CANCELLED' ? 'strategy.plan.takeUp' : 'strategy.plan.backToPlanned';
  return target === 'DONE' ? 'strategy.plan.complete' : 'strategy.plan.cancel';
}

/** The goal areas and chosen areas of action an activity can serve, as options `goal:<id>` and `area:<id>`. */
function useTargets(plan: ActionPlan): Option[] {
  const { t } = useTranslation();
  return [
    ...plan.goalAreas.map(({ goalArea }) => ({
      id: `goal:${goalArea.id}`,
      label: t('strategy.plan.goalAreaOption', {
        name: [goalArea.number, goalArea.title].filter(Boolean).join(' '),
      }),
    })),
    ...plan.areas.map(({ area }) => ({
      id: `area:${area.id}`,
      label: t('strategy.plan.areaOption', { name: area.name }),
    })),
  ];
}

function ActivityCard({ plan, activity }: { plan: ActionPlan; activity: PlanActivity }) {
  const { t, i18n } = useTranslation();
  const planAgreementId = plan.agreement.id;
  const move = useChangeActivityStatus(planAgreementId);
  const remove = useRemoveActivity(planAgreementId);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const targets = useTargets(plan);
  const target = activity.goalArea
    ? [activity.goalArea.number, activity.goalArea.title].filter(Boolean).join(' ')
    : activity.area?.name;
  return (
    <li className={`activity-card${activity.overdue ? ' activity-card--overdue' : ''}`}>
      <h4 className="activity-card-title">{activity.title}</h4>
      {activity.overdue && <Badge tone="warning">{t('strategy.plan.isOverdue')}</Badge>}
      <dl className="activity-card-facts">
        <dt>{t('strategy.plan.for')}</dt>
        <dd>{target}</dd>
        <dt>{t('strategy.plan.owner')}</dt>
        <dd>{activity.owner.name}</dd>
        {activity.partners.length > 0 && (
          <>
            <dt>{t('strategy.plan.partners')}</dt>
            <dd>{activity.partners.map((p) => p.name).join(', ')}</dd>
          </>
        )}
        <dt>{t('strategy.plan.period')}</dt>
        <dd>
          {formatDate(activity.startsOn, i18n.language) ?? '…'} – {formatDate(activity.dueOn, i18n.language) ?? '…'}
        </dd>
        {activity.indicator && (
          <>
            <dt>{t('strategy.plan.indicator')}</dt>
            <dd>{activity.indicator.name}</dd>
          </>
        )}
        {activity.project && (
          <>
            <dt>{t('strategy.plan.project')}</dt>
            <dd>{activity.project.name}</dd>
          </>
        )}
      </dl>
      {activity.permissions.statusChanges.length > 0 && (
        <div className="activity-card-actions">
          {activity.permissions.statusChanges.map((status) => (
            <Button
              key={status}
              isDisabled={move.isPending}
              onPress={() =>
                move.mutate({
                  agreementId: activity.agreement.id,
                  activityId: activity.id,
                  version: activity.version,
                  status,
                })
              }
            >
              {t(moveLabel(status, activity.status), { title: activity.title })}
            </Button>
          ))}
        </div>
      )}
      {activity.permissions.edit && (
        <Disclosure summary={t('strategy.activity.edit', { title: activity.title })}>
          <EditActivity plan={plan} activity={activity} targets={targets} />
        </Disclosure>
      )}
      {activity.permissions.delete && (
        <ConfirmAction
          label={t('strategy.activity.remove')}
          hiddenLabel={activity.title}
          title={t('strategy.activity.removeTitle', { title: activity.title })}
          confirmLabel={t('strategy.activity.remove')}
          action={() =>
            remove.mutateAsync({
              agreementId: activity.agreement.id,
              activityId: activity.id,
              version: activity.version,
            })
          }
          onDone={({ error }) => setRemoveError(error ?? null)}
        >
          <p>{t('strategy.activity.removeConfirm', { title: activity.title })}</p>
        </ConfirmAction>
      )}
      <ActionError error={move.error ?? removeError} title={t('strategy.refused')} focusOnMount />
    </li>
  );
}

/**
 * An activity's form over the version it was opened with: when someone else saved the activity meanwhile, the
 * conflict screen shows what they changed (see `partVersion`).
 */
function EditActivity({
  plan,
  activity,
  targets,
}: {
  plan: ActionPlan;
  activity: PlanActivity;
  targets: readonly Option[];
}) {
  const { t, i18n } = useTranslation();
  const reportGone = usePartGone();
  const planAgreementId = plan.agreement.id;
  const update = useUpdateActivity(planAgreementId);
  const latest = useLatestActionPlan(planAgreementId);
  const labelOf = useFieldLabels(activityConflictLabels, 'strategy.activity.fields');
  return (
    <VersionedEdit
      {...partVersion({
        onGone: () => reportGone({ id: activity.id, text: t('strategy.gone.activity', { title: activity.title }) }),
        part: activity,
        latest,
        partsOf: (read) => read.activities,
        valuesOf: activityValuesOf,
        save: (values, etag) =>
          update.mutateAsync({
            agreementId: activity.agreement.id,
            activityId: activity.id,
            etag,
            body: toActivityInput(values),
          }),
      })}
      fields={activityConflictFields}
      labelOf={labelOf}
      describe={activityValueText(targets, i18n.language)}
      renderForm={(start, session) => (
        <ActivityForm {...start} activity={activity} targets={targets} onSubmit={session.submit} />
      )}
    />
  );
}

function AddActivity({ plan }: { plan: ActionPlan }) {
  const { t } = useTranslation();
  const add = useAddActivity(plan.agreement.id);
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const [owner, setOwner] = useState<string | null>(null);
  const [ownerSearch, setOwnerSearch] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [dueOn, setDueOn] = useState('');
  const ownerOptions = useOrganisationOptions(ownerSearch);
  const targets = useTargets(plan);
  return (
    <section aria-labelledby="add-activity">
      <h2 id="add-activity">{t('strategy.plan.add')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate(
            {
              title,
              goalAreaId: target?.startsWith('goal:') ? target.slice(5) : undefined,
              areaId: target?.startsWith('area:') ? target.slice(5) : undefined,
              ownerOrganisationId: owner ?? '',
              startsOn: startsOn || undefined,
              dueOn: dueOn || undefined,
            },
            {
              onSuccess: () => {
                setTitle('');
                setStartsOn('');
                setDueOn('');
              },
            },
          );
        }}
      >
        <TextField label={t('strategy.plan.activityTitle')} value={title} onChange={setTitle} isRequired />
        <Select label={t('strategy.plan.for')} options={targets} value={target} onChange={setTarget} isRequired />
        <ComboBox
          label={t('strategy.plan.owner')}
          options={ownerOptions}
          value={owner}
          onChange={setOwner}
          inputValue={ownerSearch}
          onInputChange={setOwnerSearch}
          emptyText={t('strategy.plan.noOrganisation')}
          isRequired
        />
        <TextField type="date" label={t('strategy.plan.startsOn')} value={startsOn} onChange={setStartsOn} />
        <TextField type="date" label={t('strategy.plan.dueOnLabel')} value={dueOn} onChange={setDueOn} />
        <Button type="submit" variant="primary" isDisabled={add.isPending}>
          {t('strategy.plan.add')}
        </Button>
      </form>
      <ActionError error={add.error} title={t('strategy.refused')} focusOnMount />
    </section>
  );
}
