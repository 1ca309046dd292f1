package se.samverkan.changes;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.DemoUser.NATIONAL_READER;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import se.samverkan.history.FeedVisibility;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Documents;
import se.samverkan.support.Organisations;
import se.samverkan.support.ResultsReports;
import se.samverkan.support.Surveys;
import se.samverkan.support.TestData;

/** The change feed: commit order under concurrent writers, the callers' rights, filters and bad cursors. */
@QuarkusTest
class ChangeFeedTest {

    private static final String PATH = "/api/v1/changes";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<FeedVisibility> rules;

    /** A type without a reading rule would never be shown, and two rules would make who sees it depend on the order. */
    @Test
    void everyTypeOfTheFeedHasOneReadingRule() {
        List<String> ruled =
                rules.stream().map(FeedVisibility::subjectType).sorted().toList();
        List<String> types =
                Arrays.stream(ChangeType.values()).map(Enum::name).sorted().toList();
        assertEquals(types, ruled);
    }

    @Test
    void aTransactionThatCommitsLaterIsNotSkippedThoughItsChangeWasRecordedFirst() throws Exception {
        long start = drain(ADMIN, 0, null).next;
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            long earlyId = logChange(first, early);
            long lateId = logChange(second, late);
            assertThat(earlyId, lessThan(lateId));
            second.commit();
            // A consumer reads now: the later-recorded change is committed, the earlier one is not yet.
            Page seen = drain(ADMIN, start, "ORGANISATION");
            assertThat(seen.ids, hasItem(late.toString()));
            assertThat(seen.ids, not(hasItem(early.toString())));
            first.commit();
            // Going on from its stored cursor, the consumer still gets the earlier-recorded change, once.
            Page next = drain(ADMIN, seen.next, "ORGANISATION");
            assertThat(next.ids, contains(early.toString()));
        }
    }

    @Test
    void concurrentWritersAreSeenOnceEachByAPollingConsumer() throws Exception {
        long start = drain(ADMIN, 0, null).next;
        int writers = 4;
        int each = 5;
        Set<String> created = ConcurrentHashMap.newKeySet();
        List<String> seen = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    created.add(Organisations.create(ADMIN, TestData.organisation()));
                }
            }));
        }
        pool.shutdown();
        long cursor = start;
        while (writing.get()) {
            Page page = drain(ADMIN, cursor, "ORGANISATION");
            seen.addAll(page.ids);
            cursor = page.next;
            writing.set(!pool.awaitTermination(50, TimeUnit.MILLISECONDS));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        seen.addAll(drain(ADMIN, cursor, "ORGANISATION").ids);
        assertEquals(writers * each, created.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "a change seen twice");
        assertThat(created, everyItem(in(new HashSet<>(seen))));
    }

    /**
     * Drafts written at the same time in two counties: Västmanland's coordinator, polling with a stored cursor while
     * they are written, sees each of the county's drafts created exactly once and none of Västra Götaland's.
     */
    @Test
    void concurrentDraftsInTwoCountiesReachTheirOwnCountysReaderOnceEachAndNoOtherCounty() throws Exception {
        long start = drain(ADMIN, 0, null).next;
        int each = 4;
        Set<String> vastmanland = ConcurrentHashMap.newKeySet();
        Set<String> vastraGotaland = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    vastmanland.add(Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19")));
                }
            }));
            futures.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    vastraGotaland.add(Agreements.create(COORDINATOR_VASTRA_GOTALAND, Agreements.input("14")));
                }
            }));
        }
        pool.shutdown();
        List<String> seen = new ArrayList<>();
        long cursor = start;
        boolean writing = true;
        while (writing) {
            Page page = drain(COORDINATOR_VASTMANLAND, cursor, "AGREEMENT");
            seen.addAll(page.changes);
            cursor = page.next;
            writing = !pool.awaitTermination(50, TimeUnit.MILLISECONDS);
        }
        for (Future<?> f : futures) {
            f.get();
        }
        seen.addAll(drain(COORDINATOR_VASTMANLAND, cursor, "AGREEMENT").changes);
        assertEquals(2 * each, vastmanland.size());
        assertEquals(2 * each, vastraGotaland.size());
        for (String draft : vastmanland) {
            assertEquals(1, seen.stream().filter((draft + ":CREATED")::equals).count(), draft);
        }
        for (String other : vastraGotaland) {
            assertTrue(seen.stream().noneMatch(change -> change.startsWith(other)), other);
        }
        assertThat(drain(ANONYMOUS, start, "AGREEMENT").ids, everyItem(not(in(vastmanland))));
    }

    @Test
    void aDraftIsSeenOnlyByThoseWhoMayReadItAndNeverInAnotherCounty() {
        long start = drain(ADMIN, 0, null).next;
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        for (DemoUser outsider : List.of(ANONYMOUS, COORDINATOR_VASTRA_GOTALAND)) {
            assertThat(outsider.name(), drain(outsider, start, null).ids, not(hasItem(draft)));
        }
        assertThat(drain(COORDINATOR_VASTMANLAND, start, "AGREEMENT").ids, hasItem(draft));
        // The county filter keeps to the county asked for.
        assertThat(drain(ADMIN, start, null, "14").ids, not(hasItem(draft)));
        ADMIN.request()
                .queryParam("after", start)
                .queryParam("county", "19")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + draft + "' }.type", equalTo("AGREEMENT"))
                .body("items.find { it.id == '" + draft + "' }.county", equalTo("19"))
                .body("items.find { it.id == '" + draft + "' }.change", equalTo("CREATED"));
        // Once deleted, the removal stays within the county too.
        ADMIN.request()
                .header("If-Match", Agreements.etag(ADMIN, draft))
                .delete(Agreements.PATH + "/" + draft)
                .then()
                .statusCode(204);
        assertThat(drain(COORDINATOR_VASTMANLAND, start, null).changes, hasItem(draft + ":DELETED"));
        assertThat(drain(COORDINATOR_VASTRA_GOTALAND, start, null).ids, not(hasItem(draft)));
        assertThat(drain(ANONYMOUS, start, null).ids, not(hasItem(draft)));
    }

    @Test
    void anAdoptedAgreementIsPublicWithItsVersion() {
        long start = drain(ADMIN, 0, null).next;
        String id = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        assertThat(drain(ANONYMOUS, start, "AGREEMENT").ids, not(hasItem(id)));
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "ADOPTED").statusCode(200);
        // The stored version, as an authenticated read answers it (public reads carry content ETags).
        String etag = Agreements.etag(ADMIN, id);
        JsonPath page = ANONYMOUS
                .request()
                .queryParam("after", start)
                .queryParam("type", "AGREEMENT")
                .queryParam("limit", 500)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .extract()
                .jsonPath();
        List<Map<String, Object>> mine = page.getList("items.findAll { it.id == '" + id + "' }");
        assertThat(mine.stream().map(m -> m.get("change")).toList(), hasItems("CREATED", "STATUS_CHANGED"));
        assertThat(mine.stream().map(m -> "\"" + m.get("version") + "\"").toList(), hasItem(etag));
        List<Long> positions =
                mine.stream().map(m -> ((Number) m.get("position")).longValue()).toList();
        assertEquals(positions.stream().sorted().toList(), positions);
    }

    /** A county's results report: its draft reaches the county's coordinators and national readers, once approved everyone. */
    @Test
    void aResultsReportIsSeenAsItsReportIs() {
        long start = drain(ADMIN, 0, null).next;
        String draft = ResultsReports.draft(COORDINATOR_VASTMANLAND, "19");
        assertThat(drain(COORDINATOR_VASTMANLAND, start, "RESULTS_REPORT").changes, hasItem(draft + ":CREATED"));
        assertThat(drain(NATIONAL_READER, start, "RESULTS_REPORT").ids, hasItem(draft));
        assertThat(drain(ADMIN, start, null, "19").ids, hasItem(draft));
        for (DemoUser outsider : List.of(ANONYMOUS, COORDINATOR_VASTRA_GOTALAND, MEMBER_VASTERAS)) {
            assertThat(outsider.name(), drain(outsider, start, null).ids, not(hasItem(draft)));
        }
        String approved = ResultsReports.approved(COORDINATOR_VASTMANLAND, "19");
        assertThat(drain(ANONYMOUS, start, "RESULTS_REPORT").ids, hasItem(approved));
        ANONYMOUS
                .request()
                .queryParam("after", start)
                .queryParam("type", "RESULTS_REPORT")
                .queryParam("limit", 500)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + approved + "' }.county", equalTo("19"))
                .body("items.findAll { it.id == '" + approved + "' }.change", hasItem("STATUS_CHANGED"));
    }

    /** A survey's draft reaches only those who run it; once open, everyone. */
    @Test
    void aSurveyIsSeenOnceItIsOpen() {
        long start = drain(ADMIN, 0, null).next;
        String survey = Surveys.createdId(COORDINATOR_VASTMANLAND, Surveys.input("19"));
        assertThat(drain(COORDINATOR_VASTMANLAND, start, "SURVEY").changes, hasItem(survey + ":CREATED"));
        assertThat(drain(ANONYMOUS, start, "SURVEY").ids, not(hasItem(survey)));
        assertThat(drain(COORDINATOR_VASTRA_GOTALAND, start, "SURVEY").ids, not(hasItem(survey)));
        Surveys.status(COORDINATOR_VASTMANLAND, survey, "OPEN").statusCode(200);
        assertThat(drain(ANONYMOUS, start, "SURVEY").ids, hasItem(survey));
        assertThat(drain(ANONYMOUS, start, null, "19").ids, hasItem(survey));
    }

    /**
     * A document is never more visible in the feed than it is: an internal one only to its owner's insiders, a public
     * one on a draft not to the public; its removal reaches the county's coordinators only.
     */
    @Test
    void aDocumentIsSeenAsItIsAndItsRemovalStaysInTheCounty() {
        long start = drain(ADMIN, 0, null).next;
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String internal = Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", agreement, "INTERNAL", "Internt");
        String onDraft = Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", agreement, "PUBLIC", "Utkast");
        assertThat(
                drain(COORDINATOR_VASTMANLAND, start, "DOCUMENT").changes,
                hasItems(internal + ":CREATED", onDraft + ":CREATED"));
        for (DemoUser outsider : List.of(ANONYMOUS, COORDINATOR_VASTRA_GOTALAND)) {
            assertThat(outsider.name(), drain(outsider, start, "DOCUMENT").ids, not(hasItem(internal)));
            assertThat(outsider.name(), drain(outsider, start, "DOCUMENT").ids, not(hasItem(onDraft)));
        }
        String etag = COORDINATOR_VASTMANLAND
                .request()
                .get(Documents.PATH + "/" + internal)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", etag)
                .delete(Documents.PATH + "/" + internal)
                .then()
                .statusCode(204);
        assertThat(drain(COORDINATOR_VASTMANLAND, start, "DOCUMENT").changes, hasItem(internal + ":DELETED"));
        assertThat(drain(COORDINATOR_VASTRA_GOTALAND, start, "DOCUMENT").ids, not(hasItem(internal)));
        assertThat(drain(ANONYMOUS, start, "DOCUMENT").ids, not(hasItem(internal)));
    }

    @Test
    void badParametersAreNamed() {
        ANONYMOUS
                .request()
                .queryParam("after", "-1")
                .queryParam("type", "SECRET")
                .queryParam("county", "X")
                .queryParam("limit", "0")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("type"));
        ANONYMOUS
                .request()
                .queryParam("after", "-1")
                .queryParam("county", "X")
                .queryParam("limit", "501")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("after"))
                .body("errors.field", hasItem("county"))
                .body("errors.field", hasItem("limit"))
                .body("errors.field", not(hasItem("type")));
    }

    private static long logChange(Connection connection, UUID subject) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into change_log (subject_type, subject_id, entity_type, entity_id, action, summary, changed_at,"
                        + " actor) values ('ORGANISATION', ?, 'ORGANISATION', ?, 'DELETED', 'test', now(), 'test')"
                        + " returning id")) {
            insert.setObject(1, subject);
            insert.setObject(2, subject);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    record Page(List<String> ids, List<String> changes, long next) {}

    static Page drain(DemoUser user, long after, String type) {
        return drain(user, after, type, null);
    }

    /** Every page after the cursor, as a consumer storing the cursor would read them. */
    static Page drain(DemoUser user, long after, String type, String county) {
        List<String> ids = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        long cursor = after;
        boolean more = true;
        while (more) {
            var request = user.request().queryParam("after", cursor).queryParam("limit", 500);
            if (type != null) {
                request = request.queryParam("type", type);
            }
            if (county != null) {
                request = request.queryParam("county", county);
            }
            JsonPath page = request.get(PATH).then().statusCode(200).extract().jsonPath();
            List<String> pageIds = page.getList("items.id");
            ids.addAll(pageIds);
            List<String> pageChanges = page.getList("items.change");
            for (int i = 0; i < pageIds.size(); i++) {
                changes.add(pageIds.get(i) + ":" + pageChanges.get(i));
            }
            long next = page.getLong("next");
            assertThat(next, greaterThanOrEqualTo(cursor));
            cursor = next;
            more = page.getBoolean("more");
        }
        return new Page(ids, changes, cursor);
    }
}
