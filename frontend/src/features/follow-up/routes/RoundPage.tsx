import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DeleteSection,
  Facts,
  FormDateField,
  FormTextArea,
  FormTextField,
  PageTop,
  refetched,
  ServerForm,
  type SessionFormStart,
  type Snapshot,
  VersionedEdit,
} from '../../../components';
import { Alert, DataTable, Link, ProvenanceMark, ScrollRegion, SourceNote } from '../../../design-system';
import { formatDate, todayIso } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useApproveRound } from '../api/approveRound';
import { useChangeDeadline } from '../api/changeDeadline';
import { useCompileRound } from '../api/compileRound';
import { useDeleteRound } from '../api/deleteRound';
import { useBoard } from '../api/getBoard';
import { useRound, type VersionedRound } from '../api/getRound';
import { FollowUpActionError, useFollowUpErrorText } from '../components/ActionError';
import { BoardTable } from '../components/BoardTable';
import { DeadlineField } from '../components/DeadlineField';
import { useConfirmation } from '../../../components';
import { AssessmentStateLabel, RoundStatusLabel } from '../components/StatusLabels';
import { Loaded, PageNotLoaded } from '../components/Loaded';
import { toAgreementFollowUp, toAssessment, toMeeting, toRoundReport } from '../../../lib/links';
import { Attachments } from '../../../lib/slots/attachments';
import { goalAreaName } from '../format';
import '../styles.css';

const routeApi = getRouteApi('/follow-up/rounds/$roundId');

function CompileForm({ versioned }: { versioned: VersionedRound }) {
  const { t } = useTranslation();
  const compile = useCompileRound();
  const describe = useFollowUpErrorText();
  const [summary, setSummary] = useState('');
  const [done, setDone] = useState(false);
  const { confirm, dialog } = useConfirmation({
    title: t('followUp.round.compileConfirmTitle'),
    confirmLabel: t('followUp.round.compile'),
    children: <p>{t('followUp.round.compileConfirmText')}</p>,
  });
  return (
    <section aria-labelledby="compile">
      <h2 id="compile">{t('followUp.round.compileTitle')}</h2>
      <p>{t('followUp.round.compileIntro')}</p>
      {done && <Alert tone="success" title={t('followUp.round.compiled')} focusOnMount />}
      <ServerForm
        form="compile"
        fields={['summary']}
        labelOf={() => t('followUp.fields.summary')}
        submitLabel={t('followUp.round.compile')}
        describeError={describe}
        onSubmit={async () => {
          if (!(await confirm())) return;
          await compile.mutateAsync({ id: versioned.round.id, etag: versioned.etag, summary });
          setDone(true);
        }}
      >
        <FormTextArea
          name="summary"
          label={t('followUp.fields.summary')}
          value={summary}
          onChange={setSummary}
          isRequired
        />
      </ServerForm>
      {dialog}
    </section>
  );
}

function ApproveForm({ versioned }: { versioned: VersionedRound }) {
  const { t } = useTranslation();
  const approve = useApproveRound();
  const describe = useFollowUpErrorText();
  const [approvedBy, setApprovedBy] = useState('');
  const [approvedOn, setApprovedOn] = useState(todayIso());
  const { confirm, dialog } = useConfirmation({
    title: t('followUp.round.approveConfirmTitle'),
    confirmLabel: t('followUp.round.approve'),
    children: <p>{t('followUp.round.approveConfirmText', { forum: approvedBy, date: approvedOn })}</p>,
  });
  return (
    <section aria-labelledby="approve">
      <h2 id="approve">{t('followUp.round.approveTitle')}</h2>
      <p>{t('followUp.round.approveIntro')}</p>
      <ServerForm
        form="approve"
        fields={['approvedBy', 'approvedOn']}
        labelOf={(field) => t(`followUp.fields.${field === 'approvedBy' ? 'approvedBy' : 'approvedOn'}`)}
        submitLabel={t('followUp.round.approve')}
        describeError={describe}
        onSubmit={async () => {
          if (!(await confirm())) return;
          await approve.mutateAsync({ id: versioned.round.id, etag: versioned.etag, approvedBy, approvedOn });
        }}
      >
        <FormTextField
          name="approvedBy"
          label={t('followUp.fields.approvedBy')}
          description={t('followUp.fields.approvedByHint')}
          value={approvedBy}
          onChange={setApprovedBy}
          isRequired
        />
        <FormDateField
          name="approvedOn"
          label={t('followUp.fields.approvedOn')}
          value={approvedOn}
          onChange={setApprovedOn}
          isRequired
        />
      </ServerForm>
      {dialog}
    </section>
  );
}

type DeadlineValues = { deadline: string };

const deadlineSnapshot = ({ round, etag }: VersionedRound): Snapshot<DeadlineValues> => ({
  input: { deadline: round.deadline ?? '' },
  etag,
});

/**
 * Moves the round's deadline over the version the page read; it follows the round (a compile or approval elsewhere on
 * the page starts it again) and goes on from the version it saved. When someone else saved the round meanwhile (412),
 * the conflict screen shows their deadline beside mine, to re-apply mine onto their version or start again from it.
 */
function DeadlineForm({
  versioned,
  readAgain,
}: {
  versioned: VersionedRound;
  /** Reads the round again (`() => refetched(query)`). */
  readAgain: () => Promise<VersionedRound>;
}) {
  const { t, i18n } = useTranslation();
  const change = useChangeDeadline();
  const describe = useFollowUpErrorText();
  const [done, setDone] = useState(false);
  const label = () => t('followUp.fields.deadline');
  return (
    <section aria-labelledby="deadline">
      <h2 id="deadline">{t('followUp.round.deadlineTitle')}</h2>
      {done && <Alert tone="success" title={t('followUp.round.deadlineChanged')} />}
      <VersionedEdit
        follow
        read={versioned}
        readAgain={readAgain}
        snapshotOf={deadlineSnapshot}
        save={async ({ deadline }, etag) => {
          const saved = await change.mutateAsync({ id: versioned.round.id, etag, deadline });
          setDone(true);
          return deadlineSnapshot(saved);
        }}
        fields={['deadline'] as const}
        labelOf={label}
        describe={(_, value) => formatDate(typeof value === 'string' ? value : '', locale(i18n.language)) ?? ''}
        renderForm={(start, session) => (
          <DeadlineServerForm
            {...start}
            labelOf={label}
            describeError={describe}
            onSubmit={async (values) => {
              setDone(false);
              await session.submit(values);
            }}
          />
        )}
      />
    </section>
  );
}

function DeadlineServerForm({
  initialInput,
  labelOf,
  describeError,
  onSubmit,
  ...start
}: SessionFormStart<DeadlineValues> & {
  labelOf: (field: string) => string;
  describeError: ReturnType<typeof useFollowUpErrorText>;
  onSubmit: (values: DeadlineValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [deadline, setDeadline] = useState(initialInput.deadline);
  return (
    <ServerForm
      form="deadline"
      fields={['deadline']}
      labelOf={labelOf}
      {...start}
      submitLabel={t('followUp.round.changeDeadline')}
      describeError={describeError}
      requiredHint={false}
      onSubmit={() => onSubmit({ deadline })}
    >
      <DeadlineField value={deadline} onChange={setDeadline} />
    </ServerForm>
  );
}

/** Deleting a round opened by mistake, confirmed; the server refuses once a party has begun (`round-has-work`). */
function DeleteRound({ versioned }: { versioned: VersionedRound }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteRound();
  const { round } = versioned;
  return (
    <DeleteSection
      id="delete-round"
      title={t('followUp.round.deleteTitle')}
      intro={t('followUp.round.deleteIntro')}
      error={remove.isError && <FollowUpActionError error={remove.error} />}
      label={t('followUp.round.delete')}
      confirmTitle={t('followUp.round.deleteConfirmTitle', { year: round.year })}
      confirmText={t('followUp.round.deleteConfirmText')}
      remove={() => remove.mutateAsync({ id: round.id, etag: versioned.etag })}
      onRemoved={() =>
        void navigate({ to: '/follow-up/agreements/$agreementId', params: { agreementId: round.agreement.id } })
      }
    />
  );
}

/** A follow-up round: where it stands, the board (coordinators), the tasks, compiling and approving. */
/** "Fastställd genom beslut i Integrationsrådet 20 maj 2026, § 4", linking to the meeting that decided it. */
function ApprovalDecisionLink({ decision }: { decision: NonNullable<VersionedRound['round']['approvalDecision']> }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(decision.date, locale(i18n.language));
  return (
    <Link href={toMeeting({ id: decision.meetingId })}>
      {decision.paragraph
        ? t('followUp.round.approvedByDecisionParagraph', {
            forum: decision.forumName,
            date,
            paragraph: decision.paragraph,
          })
        : t('followUp.round.approvedByDecision', { forum: decision.forumName, date })}
    </Link>
  );
}

export function RoundPage() {
  const { t, i18n } = useTranslation();
  const { roundId } = routeApi.useParams();
  const query = useRound(roundId);
  const board = useBoard(roundId, !!query.data?.round.permissions.viewBoard);
  if (!query.isSuccess) return <PageNotLoaded query={query} />;
  const { round } = query.data;
  const lang = locale(i18n.language);
  return (
    <>
      <PageTop
        back={{
          href: toAgreementFollowUp({ agreementId: round.agreement.id }),
          label: t('followUp.backToAgreement', { title: round.agreement.title }),
        }}
        title={t('followUp.round.title', { year: round.year, title: round.agreement.title })}
      />
      <Facts
        items={[
          {
            term: t('followUp.fields.roundStatus'),
            description: (
              <>
                <RoundStatusLabel status={round.status} />
                <ProvenanceMark provenance={round.provenance} field="status" />
              </>
            ),
          },
          { term: t('followUp.fields.deadline'), description: formatDate(round.deadline, lang) },
          { term: t('followUp.fields.summary'), description: round.summary },
          {
            term: t('followUp.fields.approval'),
            description: round.approvalDecision ? (
              <ApprovalDecisionLink decision={round.approvalDecision} />
            ) : round.approvedBy ? (
              t('followUp.report.approvedBy', { forum: round.approvedBy, date: formatDate(round.approvedOn, lang) })
            ) : (
              round.provenance && <ProvenanceMark provenance={round.provenance} missing />
            ),
          },
        ]}
      />
      <SourceNote provenance={round.provenance} />
      {round.permissions.viewReport && (
        <p>
          <Link href={toRoundReport({ roundId: round.id })}>{t('followUp.round.toReport')}</Link>
        </p>
      )}
      <Attachments ownerType="FOLLOW_UP_ROUND" ownerId={round.id} />
      {round.permissions.viewBoard ? (
        <section aria-labelledby="board">
          <h2 id="board">{t('followUp.board.title')}</h2>
          <Loaded query={board}>{(data) => <BoardTable board={data} />}</Loaded>
        </section>
      ) : (
        <section aria-labelledby="tasks">
          <h2 id="tasks">{t('followUp.round.tasks')}</h2>
          {round.tasks.length === 0 ? (
            <p>{t('followUp.tasks.none')}</p>
          ) : (
            <ScrollRegion label={t('followUp.round.tasks')}>
              <DataTable
                caption={t('followUp.round.tasks')}
                captionHidden
                columns={[
                  { key: 'goalArea', header: t('followUp.fields.goalArea') },
                  { key: 'organisation', header: t('followUp.fields.organisation') },
                  { key: 'state', header: t('followUp.fields.state') },
                ]}
                rows={round.tasks.map((task) => ({
                  key: task.assessmentId,
                  cells: [
                    <Link key="link" href={toAssessment({ assessmentId: task.assessmentId })}>
                      {goalAreaName(task.goalArea)}
                    </Link>,
                    task.organisation?.name ?? t('provenance.missing'),
                    <AssessmentStateLabel key="state" state={task.state} />,
                  ],
                }))}
              />
            </ScrollRegion>
          )}
        </section>
      )}
      {round.permissions.viewBoard && round.status === 'OPEN' && (
        <CompileForm key={`compile-${query.data.etag}`} versioned={query.data} />
      )}
      {round.permissions.approve && <ApproveForm key={`approve-${query.data.etag}`} versioned={query.data} />}
      {round.permissions.changeDeadline && <DeadlineForm versioned={query.data} readAgain={() => refetched(query)} />}
      {round.permissions.delete && <DeleteRound versioned={query.data} />}
    </>
  );
}
