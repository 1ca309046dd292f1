package se.samverkan.search;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Documents;
import se.samverkan.support.Forums;

/** One search over everything, in Swedish, and never showing what the caller could not open. */
@QuarkusTest
class SearchTest {

    private static final String PATH = "/api/v1/search";

    /** Made-up words that occur nowhere else, so each test counts only its own hits. */
    private static String word(String stem) {
        return stem + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    }

    @Test
    void findsAWordInsideAPublicPdf() {
        String word = word("kvastfenomen");
        String id = Documents.attachPdf(
                COORDINATOR_VASTMANLAND,
                "AGREEMENT",
                Agreements.VASTMANLAND_ROK,
                "PUBLIC",
                "Rapporten om lagesbilder " + word + " i lanet");
        ANONYMOUS
                .request()
                .queryParam("q", word)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("DOCUMENT"))
                .body("items[0].id", equalTo(id))
                .body("items[0].ownerType", equalTo("AGREEMENT"))
                .body("items[0].excerpt", containsString(word))
                .body("items[0].countyCode", equalTo("19"));
    }

    @ParameterizedTest
    @CsvSource({
        "ANONYMOUS, 0",
        "COORDINATOR_VASTRA_GOTALAND, 0",
        "MEMBER_ARBETSFORMEDLINGEN, 0",
        "AGENCY_SYSTEM, 0",
        "MEMBER_VASTERAS, 1",
        "COORDINATOR_VASTMANLAND, 1",
        "ADMIN, 1"
    })
    void neverReturnsAnInternalFileToWhoMayNotReadIt(DemoUser user, int expected) {
        String word = word("hemligord");
        Documents.attachPdf(
                COORDINATOR_VASTMANLAND, "AGREEMENT", Agreements.VASTMANLAND_ROK, "INTERNAL", "Internt " + word);
        user.request().queryParam("q", word).get(PATH).then().statusCode(200).body("total", equalTo(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "ANONYMOUS, 0",
        "COORDINATOR_VASTRA_GOTALAND, 0",
        "MEMBER_ARBETSFORMEDLINGEN, 0",
        "COORDINATOR_VASTMANLAND, 2",
        "ADMIN, 2"
    })
    void neverReturnsADraftOrItsPublicFiles(DemoUser user, int expected) {
        String word = word("utkastord");
        Map<String, Object> input = Agreements.input("19");
        input.put("title", "Överenskommelse " + word);
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, input);
        Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", draft, "PUBLIC", "Bilaga " + word);
        user.request().queryParam("q", word).get(PATH).then().statusCode(200).body("total", equalTo(expected));
    }

    @Test
    void unpublishedMinutesAreFoundOnlyByTheForumsInsiders() {
        String word = word("protokollord");
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(1));
        String item = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesbild", "OTHER");
        Forums.writeMinutes(
                COORDINATOR_VASTMANLAND, meeting, item, "Lägesbild", "OTHER", "Rådet diskuterade " + word + ".");
        ANONYMOUS.request().queryParam("q", word).get(PATH).then().body("total", equalTo(0));
        DemoUser.MEMBER_VASTERAS
                .request()
                .queryParam("q", word)
                .get(PATH)
                .then()
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("MINUTES"))
                .body("items[0].parentId", equalTo(meeting));
        Forums.publishMinutes(COORDINATOR_VASTMANLAND, meeting).statusCode(200);
        ANONYMOUS.request().queryParam("q", word).get(PATH).then().body("total", equalTo(1));
    }

    @Test
    void foldsAndStemsSwedishAndFiltersByKindAndCounty() {
        // "bostad" finds "bostäder" and "bostadsförsörjning", as the agreement search does.
        // Every page: other tests adopt agreements in county 19 whose texts also speak of housing (over 100 of them).
        java.util.List<String> found = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            java.util.List<String> ids = ANONYMOUS
                    .request()
                    .queryParam("q", "bostad")
                    .queryParam("kind", "AGREEMENT")
                    .queryParam("county", "19")
                    .queryParam("size", 100)
                    .queryParam("page", page)
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("items.kind", everyItem(equalTo("AGREEMENT")))
                    .body("items.countyCode", everyItem(equalTo("19")))
                    .extract()
                    .path("items.id");
            if (ids.isEmpty()) {
                break;
            }
            found.addAll(ids);
        }
        org.hamcrest.MatcherAssert.assertThat(found, hasItem(Agreements.VASTMANLAND_ROK));
        ANONYMOUS
                .request()
                .queryParam("q", "bostad")
                .queryParam("county", "14")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.countyCode", everyItem(equalTo("14")))
                .body("items.id", not(hasItem(Agreements.VASTMANLAND_ROK)));
        ANONYMOUS
                .request()
                .queryParam("q", "Västerås")
                .queryParam("kind", "ORGANISATION")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.kind", everyItem(equalTo("ORGANISATION")))
                .body("items.title", hasItem("Västerås stad"));
    }

    @Test
    void badQueriesAreValidationProblems() {
        ANONYMOUS.request().get(PATH).then().statusCode(400).body("errors.field", contains("q"));
        ANONYMOUS
                .request()
                .queryParam("q", "bostad")
                .queryParam("kind", "PROJECT")
                .queryParam("county", "1")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("county"));
    }
}
