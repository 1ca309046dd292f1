package se.samverkan.forum;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/** OPEN (collecting contributions) → COMPILED → PUBLISHED (public, linked to the meeting's status-report item). */
public enum StatusReportStatus {
    OPEN,
    COMPILED,
    PUBLISHED;

    public enum Action {
        /** Title, themes, due date, agenda point, invitations. */
        EDIT,
        CONTRIBUTE,
        DELETE,
        COMPILE,
        PUBLISH
    }

    private static final Set<StatusReportStatus> ONLY_OPEN = EnumSet.of(OPEN);

    public static final Lifecycle<StatusReportStatus, Action, StatusReport> LIFECYCLE = Lifecycle.of(
                    StatusReportStatus.class, Action.class, (StatusReport r) -> r.status)
            .action(Action.EDIT, ONLY_OPEN, StatusReportStatus::notOpen)
            .action(Action.CONTRIBUTE, ONLY_OPEN, StatusReportStatus::notOpen)
            .action(
                    Action.DELETE,
                    EnumSet.of(OPEN, COMPILED),
                    (s, r) -> new Refusal("published-report-is-final", "A published status report is kept"))
            .step(Action.COMPILE, ONLY_OPEN, COMPILED, StatusReportStatus::notOpen)
            .step(
                    Action.PUBLISH,
                    EnumSet.of(COMPILED),
                    PUBLISHED,
                    (s, r) -> s == PUBLISHED
                            ? new Refusal(
                                    "report-already-published", "The status report was published on " + r.publishedAt)
                            : new Refusal("report-not-compiled", "A status report is compiled before it is published"))
            .build();

    private static Refusal notOpen(StatusReportStatus status, StatusReport report) {
        return new Refusal(
                "report-not-open",
                "The status report is " + status + "; invitations and contributions change only while it is OPEN");
    }
}
