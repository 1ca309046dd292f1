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
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Documents;
import se.samverkan.support.Forums;

/**
 * The change feed decides who may read each change by the feature's rule over the changed thing: a page of N meetings,
 * action items or status reports, each in its own forum, costs the statements of a page of one (the things and what the
 * rule looks at are read together, not one by one). Both callers may read every thing of the pages (so each page is
 * one scan of the feed): the member as a member of the forum or invited to the report, the coordinator as the county's,
 * so the rules look at the forum's members, its county, the caller's grants and a report's invitations.
 */
@QuarkusTest
class ChangeFeedStatementCountTest {

    private static final List<DemoUser> CALLERS = List.of(MEMBER_VASTERAS, COORDINATOR_VASTMANLAND);

    @Test
    void aPageOfMeetingsCostsTheSameForOneOrFive() {
        assertPageCostIndependentOfSize("MEETING", () -> {
            String forum = forum("vasteras-stad", "kopings-kommun");
            return Forums.createMeeting(
                    COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusMonths(1));
        });
    }

    @Test
    void aPageOfActionItemsCostsTheSameForOneOrFive() {
        assertPageCostIndependentOfSize("ACTION_ITEM", () -> {
            String forum = forum("vasteras-stad", "kopings-kommun");
            String meeting = Forums.createMeeting(
                    COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusMonths(1));
            String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Uppdrag", "DECISION");
            return Forums.handOut(
                    COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem("Kartlägg boendet", "kopings-kommun"));
        });
    }

    @Test
    void aPageOfStatusReportsCostsTheSameForOneOrFive() {
        assertPageCostIndependentOfSize("STATUS_REPORT", () -> {
            // Västerås is no member of the forum: its member reads the report because Västerås is invited.
            String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum("kopings-kommun"), Forums.report(2026, 2));
            Forums.invite(COORDINATOR_VASTMANLAND, report, "vasteras-stad");
            return report;
        });
    }

    /** A regional forum of Västmanland with these member organisations. */
    private static String forum(String... members) {
        return Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", members);
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
            assertEquals(
                    fivePage,
                    caller.request()
                            .get(page + fivePage + "&after=" + afterOne)
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("items")
                            .size(),
                    "the caller reads every change of the page");
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

    /**
     * The change feed decides who may read each document by its owner: a page of documents on five agreements costs as
     * one on one agreement (the owners are read together, not one by one).
     */
    @Test
    void theChangeFeedsDocumentsCostTheSameOnOneOrFiveOwners() {
        long start = lastPosition();
        String first = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", first, "INTERNAL", "Ett");
        long afterFirst = lastPosition();
        for (int i = 0; i < 5; i++) {
            String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
            Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", agreement, "INTERNAL", "Fem " + i);
        }
        String page = "/api/v1/changes?type=DOCUMENT&limit=";
        int one = statements(COORDINATOR_VASTMANLAND, page + "1&after=" + start);
        int five = statements(COORDINATOR_VASTMANLAND, page + "5&after=" + afterFirst);
        assertEquals(one, five, "documents on one and on five agreements");
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
