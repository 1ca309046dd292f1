package se.samverkan.funding;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/**
 * DRAFT → SUBMITTED → IN_REVIEW → GRANTED or REJECTED; the applicant may withdraw until the decision. A decided or
 * withdrawn application is final.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    GRANTED,
    REJECTED,
    WITHDRAWN;

    public static final Set<ApplicationStatus> FINAL = EnumSet.of(GRANTED, REJECTED, WITHDRAWN);

    public enum Action {
        EDIT,
        SUBMIT,
        REVIEW,
        GRANT,
        REJECT,
        WITHDRAW;

        /** The action a requested status stands for. */
        public static Action toReach(ApplicationStatus target) {
            return switch (target) {
                case DRAFT -> EDIT;
                case SUBMITTED -> SUBMIT;
                case IN_REVIEW -> REVIEW;
                case GRANTED -> GRANT;
                case REJECTED -> REJECT;
                case WITHDRAWN -> WITHDRAW;
            };
        }
    }

    public static final Lifecycle<ApplicationStatus, Action, FundingApplication> LIFECYCLE = Lifecycle.of(
                    ApplicationStatus.class, Action.class, (FundingApplication a) -> a.status)
            .action(Action.EDIT, EnumSet.of(DRAFT), (s, a) -> refused(s, "application-submitted", "edited"))
            .step(Action.SUBMIT, EnumSet.of(DRAFT), SUBMITTED, (s, a) -> refused(s, "already-submitted", "submitted"))
            .step(
                    Action.REVIEW,
                    EnumSet.of(SUBMITTED),
                    IN_REVIEW,
                    (s, a) -> refused(s, s == DRAFT ? "not-submitted" : "already-in-review", "taken into review"))
            .step(Action.GRANT, EnumSet.of(IN_REVIEW), GRANTED, (s, a) -> refused(s, "not-in-review", "granted"))
            .step(Action.REJECT, EnumSet.of(IN_REVIEW), REJECTED, (s, a) -> refused(s, "not-in-review", "rejected"))
            .step(
                    Action.WITHDRAW,
                    EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW),
                    WITHDRAWN,
                    (s, a) -> refused(s, "application-decided", "withdrawn"))
            .build();

    /** A final application names why; otherwise the rule of the step. */
    private static Refusal refused(ApplicationStatus status, String rule, String what) {
        if (FINAL.contains(status)) {
            return new Refusal("application-final", text("funding.application-final", status, what));
        }
        return new Refusal(rule, text("funding.application-cannot", status, what));
    }
}
