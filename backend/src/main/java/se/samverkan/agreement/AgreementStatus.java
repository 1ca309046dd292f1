package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/** DRAFT → CONSULTATION (förankring) → ADOPTED → EXPIRED after its period, or SUPERSEDED by an adopted revision. */
public enum AgreementStatus {
    DRAFT,
    CONSULTATION,
    ADOPTED,
    EXPIRED,
    SUPERSEDED;

    /** Adopted, expired and superseded agreements are public documents (offentlighetsprincipen). */
    public static final Set<AgreementStatus> PUBLIC = Set.of(ADOPTED, EXPIRED, SUPERSEDED);

    /** Content is edited while the agreement is being drafted or consulted on; adopted text is changed by a revision. */
    private static final Set<AgreementStatus> EDITABLE = EnumSet.of(DRAFT, CONSULTATION);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /** What can be done to an agreement; the status changes a coordinator asks for, and the ones that follow from others. */
    public enum Action {
        EDIT,
        DELETE,
        SET_PRIORITIES,
        REMOVE_PRIORITY,
        TO_CONSULTATION,
        BACK_TO_DRAFT,
        ADOPT,
        EXPIRE,
        /** Asked for directly: never, an agreement is superseded by adopting its revision. */
        SUPERSEDE,
        /** What adopting a revision does to the agreement it revises. */
        SUPERSEDE_BY_REVISION;

        /** The action a requested status change stands for. */
        public static Action toReach(AgreementStatus target) {
            return switch (target) {
                case CONSULTATION -> TO_CONSULTATION;
                case DRAFT -> BACK_TO_DRAFT;
                case ADOPTED -> ADOPT;
                case EXPIRED -> EXPIRE;
                case SUPERSEDED -> SUPERSEDE;
            };
        }

        /** The actions a coordinator may ask for as a status change. */
        public static final Set<Action> STATUS_CHANGES =
                EnumSet.of(TO_CONSULTATION, BACK_TO_DRAFT, ADOPT, EXPIRE, SUPERSEDE);
    }

    public static final Lifecycle<AgreementStatus, Action, Agreement> LIFECYCLE = Lifecycle.of(
                    AgreementStatus.class, Action.class, (Agreement a) -> a.status)
            .action(
                    Action.EDIT,
                    EDITABLE,
                    (s, a) -> new Refusal("adopted-is-final", text("agreement.adopted-is-final", s)))
            .action(
                    Action.DELETE,
                    EDITABLE,
                    (s, a) -> new Refusal("adopted-never-deleted", text("agreement.adopted-never-deleted", s)))
            .action(
                    Action.SET_PRIORITIES,
                    EnumSet.complementOf(EnumSet.of(SUPERSEDED)),
                    (s, a) -> new Refusal("priorities-while-in-force", text("agreement.priorities-while-in-force", s)))
            .action(
                    Action.REMOVE_PRIORITY,
                    EnumSet.complementOf(EnumSet.of(SUPERSEDED)),
                    (s, a) ->
                            new Refusal("priorities-while-in-force", text("agreement.priorities-while-in-force-2", s)))
            .step(Action.TO_CONSULTATION, EnumSet.of(DRAFT), CONSULTATION, (s, a) -> onlyFrom(s, CONSULTATION, DRAFT))
            .step(Action.BACK_TO_DRAFT, EnumSet.of(CONSULTATION), DRAFT, (s, a) -> onlyFrom(s, DRAFT, CONSULTATION))
            .step(
                    Action.ADOPT,
                    EDITABLE,
                    ADOPTED,
                    (s, a) -> new Refusal("transition-not-allowed", text("agreement.transition-not-allowed", s)))
            .step(Action.EXPIRE, EnumSet.of(ADOPTED), EXPIRED, (s, a) -> onlyFrom(s, EXPIRED, ADOPTED))
            .step(
                    Action.SUPERSEDE,
                    Set.of(),
                    SUPERSEDED,
                    (s, a) -> new Refusal("superseded-by-revision", text("agreement.superseded-by-revision")))
            .step(
                    Action.SUPERSEDE_BY_REVISION,
                    EnumSet.of(ADOPTED, EXPIRED),
                    SUPERSEDED,
                    (s, a) -> new Refusal(
                            "revision-of-adopted-only", text("agreement.revision-of-adopted-only", a.title, s)))
            .build();

    private static Refusal onlyFrom(AgreementStatus from, AgreementStatus to, AgreementStatus required) {
        return new Refusal("transition-not-allowed", text("agreement.transition-not-allowed-2", from, to, required));
    }

    /** The status a requested action leads to. */
    public static Optional<AgreementStatus> reachedBy(Action action) {
        return LIFECYCLE.target(action);
    }
}
