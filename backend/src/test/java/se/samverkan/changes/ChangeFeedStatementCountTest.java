package se.samverkan.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.samverkan.common.persistence.StatementCountFilter;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;

/**
 * The change feed decides who may read each change by the feature's rule over the changed thing: a page of N meetings,
 * action items or status reports, each in its own forum, costs the statements of a page of one (the things and what the
 * rule looks at are read together, not one by one). The caller is a member of no forum here, so each rule looks at
 * everything it may (the forum's members, its county, the caller's grants, a report's invitations).
 */
@QuarkusTest
class ChangeFeedStatementCountTest {

    private static final List<DemoUser> CALLERS = List.of(MEMBER_VASTERAS, COORDINATOR_VASTMANLAND);

    @Test
    void aPageOfMeetingsCostsTheSameForOneOrFive() {
        assertPageCostIndependentOfSize("MEETING", () -> {
            String forum = forum();
            return Forums.createMeeting(
                    COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusMonths(1));
        });
    }

    @Test
    void aPageOfActionItemsCostsTheSameForOneOrFive() {
        assertPageCostIndependentOfSize("ACTION_ITEM", () -> {
            String meeting = Forums.createMeeting(
                    COORDINATOR_VASTMANLAND, forum(), LocalDate.now().plusMonths(1));
            String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Uppdrag", "DECISION");
            return Forums.handOut(
                    COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem("Kartlägg boendet", "kopings-kommun"));
        });
    }

    @Test
    void aPageOfStatusReportsCostsTheSameForOneOrFive() {
        assertPageCostIndependentOfSize("STATUS_REPORT", () -> {
            String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum(), Forums.report(2026, 2));
            Forums.invite(COORDINATOR_VASTMANLAND, report, "kopings-kommun");
            return report;
        });
    }

    /** A regional forum of Västmanland with a member that is not the caller's organisation. */
    private static String forum() {
        return Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "kopings-kommun");
    }

    /**
     * Makes one thing, then five, and reads the page of the first one's changes and the page of the five's: the same
     * number of statements for each caller. Each thing may take several changes (an invitation), so the pages are cut
     * at the changes of the things made.
     */
    private static void assertPageCostIndependentOfSize(String type, Supplier<String> make) {
        long start = lastPosition();
        make.get();
        long afterOne = lastPosition();
        for (int i = 0; i < 5; i++) {
            make.get();
        }
        long afterFive = lastPosition();
        int onePage = changesOfType(type, start, afterOne);
        int fivePage = changesOfType(type, afterOne, afterFive);
        assertEquals(5 * onePage, fivePage, "each thing makes as many " + type + " changes");
        for (DemoUser caller : CALLERS) {
            String page = "/api/v1/changes?type=" + type + "&limit=";
            // Once before counting: what the caller's first request reads (its grants, its organisation) is not the
            // page's.
            statements(caller, page + onePage + "&after=" + start);
            int one = statements(caller, page + onePage + "&after=" + start);
            int five = statements(caller, page + fivePage + "&after=" + afterOne);
            assertEquals(one, five, type + " changes of one and of five, read by " + caller);
        }
    }

    private static int changesOfType(String type, long after, long until) {
        List<Long> positions = ADMIN.request()
                .get("/api/v1/changes?limit=500&type=" + type + "&after=" + after)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.position", Long.class);
        return (int) positions.stream().filter(p -> p <= until).count();
    }

    private static long lastPosition() {
        long cursor = 0;
        boolean more = true;
        while (more) {
            var page = ADMIN.request()
                    .get("/api/v1/changes?limit=500&after=" + cursor)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursor = page.getLong("next");
            more = page.getBoolean("more");
        }
        return cursor;
    }

    private static int statements(DemoUser user, String path) {
        String count = user.request().get(path).then().statusCode(200).extract().header(StatementCountFilter.HEADER);
        return Integer.parseInt(count);
    }
}
