import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, refetched, ServerForm, VersionedEdit } from '../../../components';
import {
  Alert,
  BackLink,
  Button,
  ConfirmDialog,
  DescriptionList,
  Link,
  PageHeading,
  ProvenanceMark,
  SourceNote,
  TextArea,
} from '../../../design-system';
import { formatDate, formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useAcceptAssessment } from '../api/acceptAssessment';
import { useAssessment, type VersionedAssessment } from '../api/getAssessment';
import { useRound } from '../api/getRound';
import { useReturnAssessment } from '../api/returnAssessment';
import { useSaveAssessment } from '../api/saveAssessment';
import { useSubmitAssessment } from '../api/submitAssessment';
import { FollowUpActionError, useFollowUpErrorText } from '../components/ActionError';
import { AssessmentForm, assessmentConflictFields, useAssessmentConflictText } from '../components/AssessmentForm';
import { formValuesOf, toAssessmentInput, type AssessmentFormValues } from '../components/assessmentForm';
import { AssessmentView } from '../components/AssessmentView';
import { AssessmentStateLabel } from '../components/StatusLabels';
import { PageNotLoaded } from '../components/Loaded';
import { toAgreement, toRound } from '../../../lib/links';
import { goalAreaName } from '../format';
import '../styles.css';

const routeApi = getRouteApi('/follow-up/assessments/$assessmentId');

/** What the assessment assesses, as the agreement says it: the goal, its strategies and the focus of the year. */
function Assesses({ assessment }: { assessment: VersionedAssessment['assessment'] }) {
  const { t } = useTranslation();
  const { goal, strategies, focus } = assessment.assesses;
  return (
    <section aria-labelledby="assesses">
      <h2 id="assesses">{t('followUp.assesses.title')}</h2>
      <h3>{t('followUp.assesses.goal')}</h3>
      <p className="pre-line">{goal ?? t('common.notSet')}</p>
      <h3>{t('followUp.assesses.strategies')}</h3>
      {strategies.length > 0 ? (
        <ul>
          {strategies.map((strategy) => (
            <li key={strategy}>{strategy}</li>
          ))}
        </ul>
      ) : (
        <p>{t('common.notSet')}</p>
      )}
      <h3>{t('followUp.assesses.focus', { year: assessment.year })}</h3>
      {focus ? (
        <>
          {focus.status === 'PROPOSED' && <p>{t('followUp.assesses.proposed')}</p>}
          <ul>
            {focus.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('followUp.assesses.noFocus', { year: assessment.year })}</p>
      )}
      <p>
        <Link href={toAgreement({ id: assessment.agreement.id })}>
          {t('followUp.assesses.inAgreement', { agreement: assessment.agreement.title })}
        </Link>
      </p>
    </section>
  );
}

/** The coordinator's review: return with a comment, or accept (confirmed, since it is final). */
function Review({ versioned }: { versioned: VersionedAssessment }) {
  const { t } = useTranslation();
  const returnIt = useReturnAssessment();
  const accept = useAcceptAssessment();
  const describe = useFollowUpErrorText();
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { assessment, etag } = versioned;
  return (
    <section aria-labelledby="review">
      <h2 id="review">{t('followUp.review.title')}</h2>
      {accept.isError && <FollowUpActionError error={accept.error} />}
      <p>
        <Button variant="primary" onPress={() => setConfirming(true)}>
          {t('followUp.review.accept')}
        </Button>
      </p>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title={t('followUp.review.acceptConfirmTitle')}
        confirmLabel={t('followUp.review.accept')}
        cancelLabel={t('common.form.cancel')}
        isPending={accept.isPending}
        pendingLabel={t('common.form.saving')}
        onConfirm={() => accept.mutate({ id: assessment.id, etag }, { onSettled: () => setConfirming(false) })}
      >
        <p>
          {t('followUp.review.acceptConfirmText', {
            organisation: assessment.organisation?.name ?? t('provenance.missing'),
          })}
        </p>
      </ConfirmDialog>
      <h3>{t('followUp.review.returnTitle')}</h3>
      <ServerForm
        form="return"
        fields={['comment']}
        labelOf={() => t('followUp.fields.returnComment')}
        submitLabel={t('followUp.review.return')}
        describeError={describe}
        requiredHint={false}
        onSubmit={async () => {
          await returnIt.mutateAsync({ id: assessment.id, etag, comment });
        }}
      >
        <FormField form="return" name="comment">
          <TextArea
            label={t('followUp.fields.returnComment')}
            description={t('followUp.review.commentHint')}
            name="comment"
            rows={4}
            value={comment}
            onChange={setComment}
            isRequired
          />
        </FormField>
      </ServerForm>
    </section>
  );
}

/** The assessment as an edit snapshot: its form values and the ETag of its version. */
function assessmentSnapshot({ assessment, etag }: VersionedAssessment) {
  return { input: formValuesOf(assessment), etag };
}

/**
 * The party's form over the version it was opened with (after a save, the saved one): when someone else saved
 * meanwhile (412), the conflict screen shows what they changed, to re-apply mine onto their version or start again
 * from it. Handing in saves the draft first, then submits the version saved; re-applying after a conflict saves
 * the draft only, so the merged version is read before it is handed in.
 */
function EditAssessment({
  versioned,
  countyCode,
  readAgain,
}: {
  versioned: VersionedAssessment;
  countyCode: string | undefined;
  readAgain: () => Promise<VersionedAssessment>;
}) {
  const { t } = useTranslation();
  const save = useSaveAssessment();
  const submit = useSubmitAssessment();
  const { assessment } = versioned;
  const { labelOf, describe } = useAssessmentConflictText(assessment.indicators, countyCode);
  const [saved, setSaved] = useState<'saved' | 'submitted' | undefined>();
  /** Saves the draft through the session; handing in then submits the version saved. */
  const onSave = async (
    submitForVersion: (values: AssessmentFormValues) => Promise<{ etag: string } | undefined>,
    values: AssessmentFormValues,
    intent: 'save' | 'submit',
  ) => {
    const draft = await submitForVersion(values);
    if (intent !== 'submit' || !draft) return undefined;
    try {
      await submit.mutateAsync({ id: assessment.id, etag: draft.etag });
    } catch (error) {
      // The draft is saved; only handing it in was refused (a rule, a missing part …).
      return { refused: error };
    }
    setSaved('submitted');
    return undefined;
  };
  return (
    <>
      <div role="status" className="form-saved">
        {saved === 'saved'
          ? t('followUp.assessment.savedDraft')
          : saved === 'submitted'
            ? t('followUp.assessment.submitted')
            : ''}
      </div>
      <VersionedEdit
        read={versioned}
        readAgain={readAgain}
        snapshotOf={assessmentSnapshot}
        save={async (values, etag) => {
          const { input } = toAssessmentInput(values, assessment.indicators);
          const draft = await save.mutateAsync({ id: assessment.id, etag, input });
          setSaved('saved');
          return assessmentSnapshot(draft);
        }}
        fields={assessmentConflictFields}
        labelOf={labelOf}
        describe={describe}
        renderForm={(start, session) => (
          <AssessmentForm
            {...start}
            assessment={assessment}
            countyCode={countyCode}
            onChange={() => setSaved(undefined)}
            onSave={(values, intent) => onSave(session.submitForVersion, values, intent)}
          />
        )}
      />
    </>
  );
}

/** A party's assessment of a goal area in a round: the form for its members, read-only with review for coordinators. */
export function AssessmentPage() {
  const { t, i18n } = useTranslation();
  const { assessmentId } = routeApi.useParams();
  const query = useAssessment(assessmentId);
  const round = useRound(query.data?.assessment.roundId ?? '');
  if (!query.isSuccess) return <PageNotLoaded query={query} />;
  const { assessment } = query.data;
  const lang = locale(i18n.language);
  return (
    <>
      <BackLink href={toRound({ roundId: assessment.roundId })}>
        {t('followUp.backToRound', { year: assessment.year })}
      </BackLink>
      <PageHeading>
        {t('followUp.assessment.title', {
          goalArea: goalAreaName(assessment.goalArea),
          organisation: assessment.organisation?.name ?? t('provenance.missing'),
        })}
      </PageHeading>
      <DescriptionList
        emptyValue={t('common.notSet')}
        items={[
          { term: t('followUp.fields.agreement'), description: `${assessment.agreement.title} (${assessment.year})` },
          {
            term: t('followUp.fields.organisation'),
            description: (
              <>
                {assessment.organisation?.name ?? t('provenance.missing')}
                <ProvenanceMark provenance={assessment.provenance} field="organisation" />
              </>
            ),
          },
          {
            term: t('followUp.fields.state'),
            description: (
              <>
                <AssessmentStateLabel state={assessment.state} />
                <ProvenanceMark provenance={assessment.provenance} field="state" />
              </>
            ),
          },
          {
            term: t('followUp.fields.deadline'),
            description: (
              <>
                {formatDate(assessment.deadline, lang) ?? t('common.notSet')}
                {assessment.overdue && <strong className="overdue"> {t('followUp.board.overdue')}</strong>}
              </>
            ),
          },
          {
            term: t('followUp.fields.submittedAt'),
            description: assessment.submittedAt
              ? `${formatDateTime(assessment.submittedAt, lang)} (${assessment.submittedBy ?? ''})`
              : undefined,
          },
        ]}
      />
      <SourceNote provenance={assessment.provenance} />
      <Assesses assessment={assessment} />
      {assessment.state === 'RETURNED' && assessment.returnComment && (
        <Alert tone="warning" title={t('followUp.assessment.returnedTitle')}>
          <p className="pre-line">{assessment.returnComment}</p>
        </Alert>
      )}
      {assessment.state === 'SUBMITTED' && !assessment.permissions.edit && !assessment.permissions.review && (
        <Alert tone="info" title={t('followUp.assessment.awaitsReview')} />
      )}
      {assessment.permissions.edit ? (
        <EditAssessment
          key={assessment.id}
          versioned={query.data}
          countyCode={round.data?.round.countyCode}
          readAgain={() => refetched(query)}
        />
      ) : (
        <AssessmentView assessment={assessment} />
      )}
      {assessment.permissions.review && <Review key={`review-${query.data.etag}`} versioned={query.data} />}
    </>
  );
}
