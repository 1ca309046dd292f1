package se.samverkan.funding;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/** DRAFT → OPEN → CLOSED: applications are made while a call is open. */
public enum CallStatus {
    DRAFT,
    OPEN,
    CLOSED;

    public enum Action {
        EDIT,
        OPEN,
        CLOSE,
        /** Start or submit an application. */
        APPLY
    }

    public static final Lifecycle<CallStatus, Action, FundingCall> LIFECYCLE = Lifecycle.of(
                    CallStatus.class, Action.class, (FundingCall c) -> c.status)
            .action(
                    Action.EDIT,
                    EnumSet.of(DRAFT, OPEN),
                    (s, c) -> new Refusal("call-closed", text("funding.call-closed")))
            .step(
                    Action.OPEN,
                    EnumSet.of(DRAFT),
                    OPEN,
                    (s, c) -> new Refusal(
                            s == OPEN ? "status-unchanged" : "call-closed",
                            s == OPEN
                                    ? text("funding.call-already-open")
                                    : text("funding.closed-call-not-opened-again")))
            .step(
                    Action.CLOSE,
                    EnumSet.of(OPEN),
                    CLOSED,
                    (s, c) -> new Refusal(
                            s == CLOSED ? "status-unchanged" : "call-not-open",
                            s == CLOSED ? text("funding.call-already-closed") : text("funding.only-open-call-closed")))
            .action(
                    Action.APPLY,
                    EnumSet.of(OPEN),
                    (s, c) -> new Refusal("call-not-open", text("funding.call-not-open", s)))
            .build();
}
