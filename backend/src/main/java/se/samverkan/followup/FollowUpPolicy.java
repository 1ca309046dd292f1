package se.samverkan.followup;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.followup.FollowUpDtos.AssessmentPermissions;
import se.samverkan.followup.FollowUpDtos.IndicatorPermissions;
import se.samverkan.followup.FollowUpDtos.RoundPermissions;
import se.samverkan.grant.CallerGrants;

/**
 * Who sees and does what in the follow-up.
 * <ul>
 * <li>Indicators are read by whoever reads the agreement; the coordinator of its county and admins define them and
 * import values.</li>
 * <li>A round is run by the coordinator of the agreement's county and admins: open, change the deadline, return or
 * accept submissions, see the board, compile, record the approval.</li>
 * <li>Members write only their own organisation's assessments (sub-units included, see {@link ActingOrganisations});
 * they see the round and their own tasks, and the whole report once it is compiled.</li>
 * <li>An approved round is public: its report and accepted assessments are read without login.</li>
 * <li>Grants: whoever manages the agreement by grant (county coordinator, a federation's coordinator or a LÖK author
 * for a LÖK in their municipalities) runs its follow-up; a national reader reads every round, report and assessment;
 * a statistics provider pushes values of its granted indicators only.</li>
 * </ul>
 * What a caller may not see is 404; what they see but may not do is 403.
 */
@ApplicationScoped
public class FollowUpPolicy {

    @Inject
    AgreementPolicy agreementPolicy;

    @Inject
    ActingOrganisations acting;

    @Inject
    CallerGrants grants;

    public boolean canManage(Agreement agreement) {
        return agreementPolicy.canManage(agreement);
    }

    /** Whether the caller runs this round, from the facts of its agreement (a projection): the same rule. */
    boolean canManage(FollowUpRoundRepository.BoardRound round) {
        return agreementPolicy.canManage(
                round.agreementId(), round.countyCode(), round.kind(), round.municipalityCode());
    }

    /** Reads every county's internal follow-up, never changes it. */
    private boolean readsNationally() {
        return grants.isNationalReader();
    }

    /** Pushing values of an indicator: its agreement's managers, or a statistics provider granted the indicator. */
    public boolean canPushValues(Indicator indicator) {
        return canManage(indicator.agreement) || grants.providesIndicator(indicator.id);
    }

    public void assertCanPushValues(Indicator indicator) {
        assertCanRead(indicator);
        if (!canPushValues(indicator)) {
            throw ProblemException.forbidden(text(
                    "followup.only-administrators-coordinator-county-statistics",
                    indicator.agreement.countyCode(),
                    indicator.id));
        }
    }

    public void assertCanReadAgreement(Agreement agreement) {
        agreementPolicy.assertCanRead(agreement);
    }

    // ---- indicators ----------------------------------------------------------------------------

    public boolean canRead(Indicator indicator) {
        return agreementPolicy.canRead(indicator.agreement) || grants.providesIndicator(indicator.id);
    }

    public void assertCanRead(Indicator indicator) {
        if (!canRead(indicator)) {
            throw ProblemException.notFound(text("indicator.not-found", indicator.id));
        }
    }

    /** Defining indicators of an agreement: 404 when the agreement is not visible, 403 when it is. */
    public void assertCanDefineIndicators(Agreement agreement) {
        agreementPolicy.assertCanRead(agreement);
        if (!canManage(agreement)) {
            throw ProblemException.forbidden(
                    text("followup.coordinator-define-indicators-agreement", agreement.countyCode()));
        }
    }

    public void assertCanManage(Indicator indicator) {
        assertCanRead(indicator);
        assertCanDefineIndicators(indicator.agreement);
    }

    public IndicatorPermissions permissions(Indicator indicator) {
        boolean manage = canManage(indicator.agreement);
        return new IndicatorPermissions(manage, manage, manage);
    }

    // ---- rounds --------------------------------------------------------------------------------

    /** The caller's organisation (or one of its sub-units) has a task in the round. */
    public boolean hasTask(FollowUpRound round) {
        return round.assessments.stream().anyMatch(a -> a.organisation != null && acting.includes(a.organisation.id));
    }

    public boolean canRead(FollowUpRound round) {
        return round.status.isPublic() || canManage(round.agreement) || hasTask(round) || readsNationally();
    }

    public boolean canReadReport(FollowUpRound round) {
        return round.status.isPublic()
                || canManage(round.agreement)
                || readsNationally()
                || (round.status == RoundStatus.COMPILED && hasTask(round));
    }

    public void assertCanRead(FollowUpRound round) {
        if (!canRead(round)) {
            throw ProblemException.notFound(text("follow-up-round.not-found", round.id));
        }
    }

    public void assertCanManage(FollowUpRound round) {
        assertCanRead(round);
        if (!canManage(round.agreement)) {
            throw ProblemException.forbidden(
                    text("followup.coordinator-run-follow-up-round", round.agreement.countyCode()));
        }
    }

    public void assertCanOpenRound(Agreement agreement) {
        agreementPolicy.assertCanRead(agreement);
        if (!canManage(agreement)) {
            throw ProblemException.forbidden(
                    text("followup.coordinator-open-follow-up-rounds", agreement.countyCode()));
        }
    }

    public void assertCanReadReport(FollowUpRound round) {
        assertCanRead(round);
        if (!canReadReport(round)) {
            throw ProblemException.forbidden(text("followup.parties-see-report-once-coordinator"));
        }
    }

    public RoundPermissions permissions(FollowUpRound round) {
        boolean manage = canManage(round.agreement);
        boolean open = round.status == RoundStatus.OPEN;
        var lifecycle = RoundStatus.LIFECYCLE;
        return new RoundPermissions(
                manage && lifecycle.allows(round, RoundStatus.Action.EDIT),
                manage
                        && lifecycle.allows(round, RoundStatus.Action.DELETE)
                        && round.assessments.stream().allMatch(a -> a.state == AssessmentState.NOT_STARTED),
                manage
                        && lifecycle.allows(round, RoundStatus.Action.COMPILE)
                        && round.assessments.stream().allMatch(a -> a.state == AssessmentState.ACCEPTED),
                manage && lifecycle.allows(round, RoundStatus.Action.APPROVE),
                manage,
                canReadReport(round),
                canReadReport(round) && !open);
    }

    /**
     * Whether the caller sees a LÖK's rounds that are not public yet (in the RÖK's follow-up): its managers and
     * national readers; everyone else only approved (or recorded) rounds.
     */
    public boolean readsUnpublishedRoundsOf(
            java.util.UUID agreementId,
            String countyCode,
            se.samverkan.agreement.AgreementKind kind,
            String municipalityCode) {
        return agreementPolicy.canManage(agreementId, countyCode, kind, municipalityCode) || readsNationally();
    }

    // ---- assessments ---------------------------------------------------------------------------

    public boolean canWrite(Assessment assessment) {
        return assessment.organisation != null && acting.includes(assessment.organisation.id);
    }

    public boolean canRead(Assessment assessment) {
        FollowUpRound round = assessment.round;
        return canManage(round.agreement)
                || readsNationally()
                || canWrite(assessment)
                || round.status.isPublic()
                || (round.status == RoundStatus.COMPILED && hasTask(round));
    }

    public void assertCanRead(Assessment assessment) {
        if (!canRead(assessment)) {
            throw ProblemException.notFound(text("assessment.not-found", assessment.id));
        }
    }

    public void assertCanWrite(Assessment assessment) {
        assertCanRead(assessment);
        if (!canWrite(assessment)) {
            throw ProblemException.forbidden(
                    assessment.organisation == null
                            ? text("followup.recorded-assessment-no-writing-organisation")
                            : text("followup.only-members-write-assessment", assessment.organisation.name));
        }
    }

    public void assertCanReview(Assessment assessment) {
        assertCanRead(assessment);
        if (!canManage(assessment.round.agreement)) {
            throw ProblemException.forbidden(
                    text("followup.coordinator-review-assessments", assessment.round.agreement.countyCode()));
        }
    }

    public AssessmentPermissions permissions(Assessment assessment) {
        var lifecycle = AssessmentState.LIFECYCLE;
        boolean open = RoundStatus.LIFECYCLE.allows(assessment.round, RoundStatus.Action.CHANGE_ASSESSMENTS);
        boolean write = canWrite(assessment) && open;
        return new AssessmentPermissions(
                write && lifecycle.allows(assessment, AssessmentState.Action.SAVE),
                write && lifecycle.allows(assessment, AssessmentState.Action.SUBMIT),
                canManage(assessment.round.agreement)
                        && open
                        && lifecycle.allows(assessment, AssessmentState.Action.ACCEPT));
    }
}
