package se.samverkan.funding;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/** DUE → FILED → APPROVED; the coordinator may return a filed account (back to DUE) for completion. */
public enum AccountStatus {
    DUE,
    FILED,
    APPROVED;

    public enum Action {
        /** The due date, while nothing is filed. */
        EDIT,
        FILE,
        RETURN,
        APPROVE
    }

    public static final Lifecycle<AccountStatus, Action, FundingAccount> LIFECYCLE = Lifecycle.of(
                    AccountStatus.class, Action.class, (FundingAccount a) -> a.status)
            .action(Action.EDIT, EnumSet.of(DUE), AccountStatus::refused)
            .step(Action.FILE, EnumSet.of(DUE), FILED, AccountStatus::refused)
            .step(
                    Action.RETURN,
                    EnumSet.of(FILED),
                    DUE,
                    (s, a) -> s == APPROVED
                            ? refused(s, a)
                            : new Refusal("account-not-filed", text("funding.account-not-filed")))
            .step(
                    Action.APPROVE,
                    EnumSet.of(FILED),
                    APPROVED,
                    (s, a) -> s == APPROVED
                            ? refused(s, a)
                            : new Refusal("account-not-filed", text("funding.account-not-filed-2")))
            .build();

    private static Refusal refused(AccountStatus status, FundingAccount account) {
        return status == APPROVED
                ? new Refusal("account-approved", text("funding.account-approved"))
                : new Refusal("account-filed", text("funding.account-filed"));
    }
}
