package se.samverkan.grant;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_GR;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.LOK_AUTHOR_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.Forums;

/**
 * Lists show a caller with several scopes what their grants cover, as single reads do: every county they coordinate,
 * the LÖKs of a federation's or a LÖK author's municipalities, the action items of a federation's forums (issue 10).
 */
@QuarkusTest
class GrantListsTest {

    private static final String DRAFTS = Agreements.PATH + "?status=DRAFT&size=100&sort=-updatedAt";

    @Test
    void theLokAuthorAndTheFederationListTheirLokDrafts() {
        String vasteras = Agreements.create(LOK_AUTHOR_ARBETSFORMEDLINGEN, local("19", "1980"));
        String goteborg = Agreements.create(ADMIN, local("14", "1480"));
        String boras = Agreements.create(ADMIN, local("14", "1490"));
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .get(DRAFTS + "&kind=LOCAL")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(vasteras))
                .body("items.id", not(hasItems(goteborg)));
        COORDINATOR_GR
                .request()
                .get(DRAFTS + "&county=14")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(goteborg))
                .body("items.id", not(hasItem(boras)));
        // Without the grant, the same organisation's member lists none of them.
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(DRAFTS + "&kind=LOCAL")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(vasteras)));
    }

    @Test
    void aCoordinatorOfTwoCountiesListsTheDraftsOfBoth() {
        String own = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String vasterbotten = Agreements.create(ADMIN, Agreements.input("24"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(DRAFTS)
                .then()
                .body("items.id", hasItem(own))
                .body("items.id", not(hasItem(vasterbotten)));
        String grant = ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "COUNTY_COORDINATOR",
                        "subjectType",
                        "USER",
                        "subject",
                        "coordinator.vastmanland",
                        "countyCode",
                        "24"))
                .post("/api/v1/grants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            COORDINATOR_VASTMANLAND
                    .request()
                    .get(DRAFTS)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItems(own, vasterbotten));
        } finally {
            String etag = ADMIN.request().get("/api/v1/grants/" + grant).header("ETag");
            ADMIN.request()
                    .header("If-Match", etag)
                    .post("/api/v1/grants/" + grant + "/revocation")
                    .then()
                    .statusCode(200);
        }
        COORDINATOR_VASTMANLAND.request().get(DRAFTS).then().body("items.id", not(hasItem(vasterbotten)));
    }

    @Test
    void theFederationsCoordinatorListsTheActionItemsOfItsForum() {
        String gr = Forums.demo("gr-natverket");
        String meeting =
                Forums.createMeeting(COORDINATOR_GR, gr, LocalDate.now().plusDays(30));
        String point = Forums.addAgendaItem(COORDINATOR_GR, meeting, "Praktikplatser i kommunerna", "OTHER");
        String item = Forums.handOut(
                COORDINATOR_GR, meeting, point, Forums.actionItem("Sammanställ praktikplatserna", "goteborgsregionen"));
        // The minutes are not published: the item is internal, seen by the forum's runner in the list as in a read.
        COORDINATOR_GR.request().get(Forums.ITEMS + "/" + item).then().statusCode(200);
        COORDINATOR_GR
                .request()
                .get(Forums.ITEMS + "?forum=" + gr + "&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(item));
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(Forums.ITEMS + "?forum=" + gr + "&size=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(item)));
    }

    private static Map<String, Object> local(String county, String municipality) {
        Map<String, Object> body = Agreements.input(county);
        body.put("kind", "LOCAL");
        body.put("municipalityCode", municipality);
        if (county.equals("19")) {
            body.put("parentAgreementId", Agreements.VASTMANLAND_ROK);
        }
        return body;
    }
}
