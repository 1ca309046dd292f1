package se.samverkan.agreement;

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
                    (s, a) -> new Refusal(
                            "adopted-is-final",
                            "An agreement in status " + s + " is not edited; create a revision that supersedes it"))
            .action(
                    Action.DELETE,
                    EDITABLE,
                    (s, a) -> new Refusal(
                            "adopted-never-deleted",
                            "An agreement that was adopted is never deleted; its history must stay (status " + s + ")"))
            .action(
                    Action.SET_PRIORITIES,
                    EnumSet.complementOf(EnumSet.of(SUPERSEDED)),
                    (s, a) -> new Refusal(
                            "priorities-while-in-force",
                            "Yearly priorities are set while an agreement is drafted or in force, not when it is " + s))
            .action(
                    Action.REMOVE_PRIORITY,
                    EnumSet.complementOf(EnumSet.of(SUPERSEDED)),
                    (s, a) -> new Refusal(
                            "priorities-while-in-force",
                            "Yearly priorities are changed while an agreement is drafted or in force, not when it is "
                                    + s))
            .step(Action.TO_CONSULTATION, EnumSet.of(DRAFT), CONSULTATION, (s, a) -> onlyFrom(s, CONSULTATION, DRAFT))
            .step(Action.BACK_TO_DRAFT, EnumSet.of(CONSULTATION), DRAFT, (s, a) -> onlyFrom(s, DRAFT, CONSULTATION))
            .step(
                    Action.ADOPT,
                    EDITABLE,
                    ADOPTED,
                    (s, a) ->
                            new Refusal("transition-not-allowed", "An agreement in status " + s + " cannot be adopted"))
            .step(Action.EXPIRE, EnumSet.of(ADOPTED), EXPIRED, (s, a) -> onlyFrom(s, EXPIRED, ADOPTED))
            .step(
                    Action.SUPERSEDE,
                    Set.of(),
                    SUPERSEDED,
                    (s, a) -> new Refusal(
                            "superseded-by-revision",
                            "An agreement becomes superseded only when a revision of it is adopted"))
            .step(
                    Action.SUPERSEDE_BY_REVISION,
                    EnumSet.of(ADOPTED, EXPIRED),
                    SUPERSEDED,
                    (s, a) -> new Refusal(
                            "revision-of-adopted-only",
                            "Only an adopted or expired agreement can be superseded; \"" + a.title + "\" is " + s))
            .build();

    private static Refusal onlyFrom(AgreementStatus from, AgreementStatus to, AgreementStatus required) {
        return new Refusal(
                "transition-not-allowed",
                "An agreement in status " + from + " cannot move to " + to + " (only from " + required + ")");
    }

    /** The status a requested action leads to. */
    public static Optional<AgreementStatus> reachedBy(Action action) {
        return LIFECYCLE.target(action);
    }
}
