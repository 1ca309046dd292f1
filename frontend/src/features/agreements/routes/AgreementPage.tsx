import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, BackLink, Link, LinkButton, PageHeading } from '../../../design-system';
import { etagOfVersion, isStale } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useDeleteAgreement } from '../api/deleteAgreement';
import type { VersionedAgreement } from '../api/getAgreement';
import { useRemoveGoalArea } from '../api/removeGoalArea';
import { useRemoveParty } from '../api/removeParty';
import { useReviseAgreement } from '../api/reviseAgreement';
import { ConsultationInputs } from '../components/ConsultationInputs';
import { ActionError } from '../components/ActionError';
import { AgreementDocument } from '../components/AgreementDocument';
import { AgreementFacts } from '../components/AgreementFacts';
import { ConfirmAction } from '../../../components';
import { comparableVersions, goalAreaName, referenceLabel } from '../components/format';
import { RouteNotice } from '../components/RouteNotice';
import { StatusActions } from '../components/StatusActions';
import { WithAgreement } from '../components/WithAgreement';
import {
  toAgreementCompare,
  toAgreementFollowUp,
  toAgreementHistory,
  toAgreementMatrix,
  toActionPlan,
  toStrategyAnalysis,
  toStrategyProcess,
  toAgreementPrint,
  toAgreements,
  toEditAgreement,
  toEditGoalArea,
  toEditParty,
  toFundingProjects,
  toGoalAreaFocus,
  toNewAgreement,
  toNewGoalArea,
  toNewParty,
} from '../../../lib/links';
import { Attachments } from '../../../lib/slots/attachments';
import '../styles.css';
import { Follow } from '../../../lib/slots/follow';

const routeApi = getRouteApi('/agreements/$id');

/** The outcome of the last action; `seq` makes a repeated outcome a new alert that takes focus again. */
type Feedback = ({ error: unknown } | { success: string }) & { seq: number };

function AgreementView({ versioned, refetch }: { versioned: VersionedAgreement; refetch: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const removeParty = useRemoveParty();
  const removeGoalArea = useRemoveGoalArea();
  const deleteAgreement = useDeleteAgreement();
  const { agreement, etag } = versioned;
  const { permissions } = agreement;
  const reviseAgreement = useReviseAgreement();
  const manages =
    permissions.edit ||
    permissions.delete ||
    permissions.statusChanges.length > 0 ||
    permissions.revise ||
    permissions.createLocal;
  const date = (value: string) => formatDateTime(value, locale(i18n.language));

  /** Every action reports here: success in words, or why it was refused; a stale version is read again. */
  const report = (success: string) => (outcome: { error?: unknown }) => {
    const seq = (feedback?.seq ?? 0) + 1;
    if (outcome.error) {
      setFeedback({ error: outcome.error, seq });
      if (isStale(outcome.error)) refetch();
    } else {
      setFeedback({ success, seq });
    }
  };

  return (
    <>
      <BackLink href={toAgreements()}>{t('agreements.detail.backToList')}</BackLink>
      <p className="eyebrow">{t(`agreementKind.${agreement.kind}`)}</p>
      <PageHeading>{agreement.title}</PageHeading>
      <Follow subjectType="AGREEMENT" subjectId={agreement.id} name={agreement.title} />
      {feedback && 'error' in feedback && <ActionError key={feedback.seq} error={feedback.error} />}
      {feedback && 'success' in feedback && (
        <Alert key={feedback.seq} tone="success" title={feedback.success} focusOnMount />
      )}
      {!feedback && <RouteNotice />}

      <AgreementFacts agreement={agreement} />

      {manages && (
        <section aria-labelledby="agreement-manage" className="manage-panel no-print">
          <h2 id="agreement-manage">{t('agreements.manage.title')}</h2>
          <div className="page-actions">
            {permissions.edit && (
              <LinkButton href={toEditAgreement({ id: agreement.id })}>{t('agreements.manage.edit')}</LinkButton>
            )}
            <StatusActions
              agreement={agreement}
              etag={etag}
              onDone={({ error, status }) =>
                report(
                  t('agreements.manage.statusChanged', { status: t(`agreementStatus.${status ?? agreement.status}`) }),
                )({ error })
              }
            />
            {permissions.createLocal && (
              <LinkButton href={toNewAgreement({ under: agreement.id })}>{t('agreements.manage.newLocal')}</LinkButton>
            )}
            {permissions.revise && (
              <ConfirmAction
                label={t('agreements.manage.newVersion')}
                title={t('agreements.manage.confirmNewVersion.title')}
                confirmLabel={t('agreements.manage.newVersion')}
                action={async () => {
                  const { agreement: draft } = await reviseAgreement.mutateAsync({ id: agreement.id });
                  await navigate({
                    to: '/agreements/$id',
                    params: { id: draft.id },
                    state: (previous) => ({
                      ...previous,
                      notice: { key: 'agreements.notice.newVersion', values: { title: agreement.title } },
                    }),
                  });
                }}
                onDone={({ error }) => {
                  if (error) report('')({ error });
                }}
              >
                <p>{t('agreements.manage.confirmNewVersion.text')}</p>
              </ConfirmAction>
            )}
            {permissions.delete && (
              <ConfirmAction
                label={t('agreements.manage.delete')}
                title={t('agreements.manage.confirmDelete.title')}
                confirmLabel={t('agreements.manage.delete')}
                action={() => deleteAgreement.mutateAsync({ id: agreement.id, etag })}
                onDone={({ error }) => {
                  if (error) report('')({ error });
                  else
                    void navigate({
                      to: '/agreements',
                      state: (previous) => ({
                        ...previous,
                        notice: { key: 'agreements.notice.deleted', values: { title: agreement.title } },
                      }),
                    });
                }}
              >
                <p>{t('agreements.manage.confirmDelete.text')}</p>
              </ConfirmAction>
            )}
          </div>
        </section>
      )}

      <nav aria-label={t('agreements.detail.more')} className="agreement-links no-print">
        <ul>
          <li>
            <Link href={toAgreementMatrix({ id: agreement.id })}>{t('agreements.detail.matrixLink')}</Link>
          </li>
          <li>
            <Link href={toAgreementHistory({ id: agreement.id })}>{t('agreements.detail.historyLink')}</Link>
          </li>
          <li>
            <Link href={toAgreementFollowUp({ agreementId: agreement.id })}>{t('agreements.detail.followUpLink')}</Link>
          </li>
          <li>
            <Link href={toStrategyProcess({ id: agreement.id })}>{t('agreements.detail.processLink')}</Link>
          </li>
          <li>
            <Link href={toStrategyAnalysis({ id: agreement.id })}>{t('agreements.detail.analysisLink')}</Link>
          </li>
          <li>
            <Link href={toActionPlan({ id: agreement.id })}>{t('agreements.detail.actionPlanLink')}</Link>
          </li>
          {comparableVersions(agreement).map((other) => (
            <li key={other.id}>
              <Link href={toAgreementCompare({ id: agreement.id }, { with: other.id })}>
                {t('agreements.detail.compareLink', { other: referenceLabel(other) })}
              </Link>
            </li>
          ))}
          <li>
            <Link href={toAgreementPrint({ id: agreement.id })}>{t('agreements.detail.printLink')}</Link>
          </li>
        </ul>
      </nav>

      <ConsultationInputs agreement={agreement} />

      <AgreementDocument
        agreement={agreement}
        goalAreasActions={
          permissions.edit && (
            <p className="no-print">
              <LinkButton href={toNewGoalArea({ id: agreement.id })}>{t('agreements.manage.addGoalArea')}</LinkButton>
            </p>
          )
        }
        goalAreaActions={
          // Everyone sees the projects that serve a goal area (funding); managers also change the area.
          (goalArea) => {
            const name = goalAreaName(goalArea);
            return (
              <div className="page-actions part-actions no-print">
                <Link href={toFundingProjects({ goalArea: goalArea.id })}>
                  {t('agreements.goalAreaProjects')}
                  <span className="visually-hidden">{` ${name}`}</span>
                </Link>
                {/* A monitored area has no number; the goal area form is for numbered areas. */}
                {permissions.edit && goalArea.kind === 'GOAL_AREA' && (
                  <LinkButton href={toEditGoalArea({ id: agreement.id, goalAreaId: goalArea.id })}>
                    {t('agreements.manage.editGoalArea')}
                    <span className="visually-hidden">{` ${name}`}</span>
                  </LinkButton>
                )}
                {permissions.editPriorities && (
                  <LinkButton href={toGoalAreaFocus({ id: agreement.id, goalAreaId: goalArea.id })}>
                    {t('agreements.manage.setFocus')}
                    <span className="visually-hidden">{` ${name}`}</span>
                  </LinkButton>
                )}
                {permissions.edit && (
                  <ConfirmAction
                    label={t('agreements.manage.remove')}
                    hiddenLabel={name}
                    title={t('agreements.manage.confirmRemoveGoalArea.title', { name })}
                    confirmLabel={t('agreements.manage.remove')}
                    action={() =>
                      removeGoalArea.mutateAsync({
                        agreementId: agreement.id,
                        goalAreaId: goalArea.id,
                        etag: etagOfVersion(goalArea.version),
                      })
                    }
                    onDone={report(t('agreements.manage.goalAreaRemoved', { name }))}
                  >
                    <p>{t('agreements.manage.confirmRemoveGoalArea.text')}</p>
                  </ConfirmAction>
                )}
              </div>
            );
          }
        }
        partiesActions={
          permissions.edit && (
            <p className="no-print">
              <LinkButton href={toNewParty({ id: agreement.id })}>{t('agreements.manage.addParty')}</LinkButton>
            </p>
          )
        }
        partyActions={
          permissions.edit
            ? (party) => (
                <div className="part-actions">
                  <LinkButton href={toEditParty({ id: agreement.id, partyId: party.id })}>
                    {t('agreements.manage.editParty')}
                    <span className="visually-hidden">{` ${party.organisation.name}`}</span>
                  </LinkButton>
                  <ConfirmAction
                    label={t('agreements.manage.remove')}
                    hiddenLabel={party.organisation.name}
                    title={t('agreements.manage.confirmRemoveParty.title', { name: party.organisation.name })}
                    confirmLabel={t('agreements.manage.remove')}
                    action={() =>
                      removeParty.mutateAsync({
                        agreementId: agreement.id,
                        partyId: party.id,
                        etag: etagOfVersion(party.version),
                      })
                    }
                    onDone={report(t('agreements.manage.partyRemoved', { name: party.organisation.name }))}
                  >
                    <p>{t('agreements.manage.confirmRemoveParty.text')}</p>
                  </ConfirmAction>
                </div>
              )
            : undefined
        }
      />

      <div className="no-print">
        <Attachments ownerType="AGREEMENT" ownerId={agreement.id} />
      </div>

      <p className="muted record-line">
        {t('agreements.detail.created', { date: date(agreement.createdAt), user: agreement.createdBy })}{' '}
        {t('agreements.detail.updated', { date: date(agreement.updatedAt), user: agreement.updatedBy })}
      </p>
    </>
  );
}

/** An agreement as a document, with what the visitor may do with it. */
export function AgreementPage() {
  const { id } = routeApi.useParams();
  return (
    <WithAgreement id={id}>
      {(versioned, refetch) => <AgreementView versioned={versioned} refetch={refetch} />}
    </WithAgreement>
  );
}
