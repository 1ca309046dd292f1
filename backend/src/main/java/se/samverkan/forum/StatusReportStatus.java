package se.samverkan.forum;

import static se.samverkan.common.problem.Text.text;

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
                    (s, r) -> new Refusal("published-report-is-final", text("forum.published-report-is-final")))
            .step(Action.COMPILE, ONLY_OPEN, COMPILED, StatusReportStatus::notOpen)
            .step(
                    Action.PUBLISH,
                    EnumSet.of(COMPILED),
                    PUBLISHED,
                    (s, r) -> s == PUBLISHED
                            ? new Refusal(
                                    "report-already-published", text("forum.report-already-published", r.publishedAt))
                            : new Refusal("report-not-compiled", text("forum.report-not-compiled")))
            .build();

    private static Refusal notOpen(StatusReportStatus status, StatusReport report) {
        return new Refusal("report-not-open", text("forum.report-not-open", status));
    }
}
