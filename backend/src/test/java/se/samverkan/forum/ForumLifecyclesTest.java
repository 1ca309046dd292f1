package se.samverkan.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.common.problem.ProblemException;

/** The transition tables of minutes, status reports and action items, without booting Quarkus. */
class ForumLifecyclesTest {

    private static String refusal(Runnable check) {
        return assertThrows(ProblemException.class, check::run).rule();
    }

    @Test
    void minutesArePublishedOnceAndThenFinal() {
        var lifecycle = MinutesState.LIFECYCLE;
        Meeting meeting = new Meeting();
        assertEquals(
                List.of(MinutesState.Action.EDIT, MinutesState.Action.DELETE, MinutesState.Action.PUBLISH),
                lifecycle.allowedIn(MinutesState.UNPUBLISHED));
        assertEquals(MinutesState.PUBLISHED, lifecycle.next(meeting, MinutesState.Action.PUBLISH));
        meeting.minutesPublishedAt = Instant.parse("2026-03-02T10:00:00Z");
        assertEquals(List.of(), lifecycle.allowedIn(meeting.minutesState()));
        assertEquals("minutes-published", refusal(() -> lifecycle.check(meeting, MinutesState.Action.EDIT)));
        assertEquals("minutes-published", refusal(() -> lifecycle.check(meeting, MinutesState.Action.DELETE)));
        assertEquals("minutes-already-published", refusal(() -> lifecycle.check(meeting, MinutesState.Action.PUBLISH)));
    }

    @Test
    void aMeetingHasBegunFromItsStartInSwedishTime() {
        Meeting meeting = new Meeting();
        meeting.date = LocalDate.of(2026, 3, 2);
        meeting.startTime = LocalTime.of(9, 0);
        // 09:00 in Stockholm in March is 08:00 UTC.
        assertFalse(meeting.hasBegun(Clock.fixed(Instant.parse("2026-03-02T07:59:00Z"), ZoneOffset.UTC)));
        assertTrue(meeting.hasBegun(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void aStatusReportCollectsCompilesAndIsPublished() {
        var lifecycle = StatusReportStatus.LIFECYCLE;
        StatusReport report = new StatusReport();
        report.status = StatusReportStatus.OPEN;
        assertEquals(
                List.of(
                        StatusReportStatus.Action.EDIT,
                        StatusReportStatus.Action.CONTRIBUTE,
                        StatusReportStatus.Action.DELETE,
                        StatusReportStatus.Action.COMPILE),
                lifecycle.allowedIn(StatusReportStatus.OPEN));
        assertEquals(
                List.of(StatusReportStatus.Action.DELETE, StatusReportStatus.Action.PUBLISH),
                lifecycle.allowedIn(StatusReportStatus.COMPILED));
        assertEquals(List.of(), lifecycle.allowedIn(StatusReportStatus.PUBLISHED));
        assertEquals("report-not-compiled", refusal(() -> lifecycle.check(report, StatusReportStatus.Action.PUBLISH)));
        assertEquals(StatusReportStatus.COMPILED, lifecycle.next(report, StatusReportStatus.Action.COMPILE));
        report.status = StatusReportStatus.COMPILED;
        assertEquals("report-not-open", refusal(() -> lifecycle.check(report, StatusReportStatus.Action.CONTRIBUTE)));
        report.status = StatusReportStatus.PUBLISHED;
        assertEquals(
                "report-already-published", refusal(() -> lifecycle.check(report, StatusReportStatus.Action.PUBLISH)));
        assertEquals(
                "published-report-is-final", refusal(() -> lifecycle.check(report, StatusReportStatus.Action.DELETE)));
    }

    @Test
    void anActionItemMovesUntilItIsClosed() {
        var lifecycle = ActionItemStatus.LIFECYCLE;
        ActionItem item = new ActionItem();
        item.status = ActionItemStatus.OPEN;
        assertEquals(
                List.of(
                        ActionItemStatus.Action.EDIT,
                        ActionItemStatus.Action.ESCALATE,
                        ActionItemStatus.Action.PASS_ALONG,
                        ActionItemStatus.Action.START,
                        ActionItemStatus.Action.COMPLETE,
                        ActionItemStatus.Action.CANCEL),
                lifecycle.allowedIn(ActionItemStatus.OPEN));
        assertEquals(
                List.of(
                        ActionItemStatus.Action.EDIT,
                        ActionItemStatus.Action.ESCALATE,
                        ActionItemStatus.Action.PASS_ALONG,
                        ActionItemStatus.Action.REOPEN,
                        ActionItemStatus.Action.COMPLETE,
                        ActionItemStatus.Action.CANCEL),
                lifecycle.allowedIn(ActionItemStatus.IN_PROGRESS));
        assertEquals(
                "status-unchanged",
                refusal(() -> lifecycle.check(item, ActionItemStatus.Action.toReach(ActionItemStatus.OPEN))));
        for (ActionItemStatus target : ActionItemStatus.values()) {
            assertEquals(
                    target,
                    ActionItemStatus.reachedBy(ActionItemStatus.Action.toReach(target))
                            .orElseThrow());
        }
        item.status = ActionItemStatus.DONE;
        assertEquals(List.of(), lifecycle.allowedIn(ActionItemStatus.DONE));
        assertEquals("action-item-closed", refusal(() -> lifecycle.check(item, ActionItemStatus.Action.EDIT)));
        assertEquals("action-item-closed", refusal(() -> lifecycle.check(item, ActionItemStatus.Action.REOPEN)));
    }

    @Test
    void anActiveItemIsOverdueAfterItsDueDate() {
        ActionItem item = new ActionItem();
        item.status = ActionItemStatus.IN_PROGRESS;
        item.dueOn = LocalDate.of(2026, 5, 15);
        assertFalse(item.isOverdue(LocalDate.of(2026, 5, 15)));
        assertTrue(item.isOverdue(LocalDate.of(2026, 5, 16)));
        item.status = ActionItemStatus.DONE;
        assertFalse(item.isOverdue(LocalDate.of(2026, 5, 16)));
    }
}
