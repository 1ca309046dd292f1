package se.samverkan.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static se.samverkan.support.Agreements.PATH;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.DemoUser.NATIONAL_READER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;

/** "New version" of an adopted agreement (issue 17): a draft copy that supersedes it once adopted. */
@QuarkusTest
class AgreementRevisionTest {

    @Test
    void aNewVersionCopiesTheAgreementAndSupersedesItWhenAdopted() {
        String adopted = adoptedRok();
        var created = revise(COORDINATOR_VASTMANLAND, adopted)
                .statusCode(201)
                .header("ETag", notNullValue())
                .extract();
        String revision = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(
                created.header("Location").endsWith(PATH + "/" + revision), created.header("Location"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + revision)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("kind", equalTo("REGIONAL"))
                .body("supersedes.id", equalTo(adopted))
                .body("firstYear", equalTo(2026))
                .body("purpose", equalTo("Att stärka samarbetet kring nyanländas etablering."))
                .body("legalBasis[0].sfs", equalTo("2017:584"))
                .body("parties", hasSize(2))
                .body("parties.organisation.name", org.hamcrest.Matchers.hasItem("Västerås stad"))
                // Signatures belong to the adopted text, not to its next version.
                .body("parties[1].signatories", hasSize(0))
                .body("goalAreas", hasSize(1))
                .body("goalAreas[0].number", equalTo("1"))
                .body(
                        "goalAreas[0].strategies",
                        equalTo(List.of("Samordna bosättningen i länet", "Följa upp mottagandet")))
                .body("goalAreas[0].responsibilities", hasSize(1))
                .body("goalAreas[0].responsibilities[0].level", equalTo("LOCAL"))
                .body("permissions.edit", equalTo(true));
        // The predecessor names it among its revisions.
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + adopted)
                .then()
                .body("supersededBy.id", org.hamcrest.Matchers.hasItem(revision))
                .body("status", equalTo("ADOPTED"));

        // One open version at a time.
        assertRule(revise(COORDINATOR_VASTMANLAND, adopted), "revision-in-progress");

        Agreements.changeStatus(COORDINATOR_VASTMANLAND, revision, "ADOPTED").statusCode(200);
        ANONYMOUS.request().get(PATH + "/" + adopted).then().statusCode(200).body("status", equalTo("SUPERSEDED"));
        // A superseded agreement is revised through its successor.
        assertRule(revise(COORDINATOR_VASTMANLAND, adopted), "revision-of-adopted-only");
    }

    @Test
    void onlyAnAdoptedOrExpiredAgreementGetsANewVersion() {
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        assertRule(revise(COORDINATOR_VASTMANLAND, draft), "revision-of-adopted-only");
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + draft)
                .then()
                .body("supersededBy", hasSize(0))
                .body("permissions.revise", equalTo(false))
                .body("permissions.createLocal", equalTo(false));
    }

    @Test
    void onlyThoseWhoManageTheAgreementStartANewVersion() {
        String adopted = adoptedRok();
        revise(ANONYMOUS, adopted).statusCode(401);
        revise(COORDINATOR_VASTRA_GOTALAND, adopted).statusCode(403);
        revise(MEMBER_VASTERAS, adopted).statusCode(403);
        revise(NATIONAL_READER, adopted).statusCode(403);
        ADMIN.request().get(PATH + "/" + adopted).then().body("supersededBy", hasSize(0));
        revise(ADMIN, adopted).statusCode(201);
    }

    @Test
    void anAdoptedRokOffersANewVersionAndANewLokToItsCoordinatorOnly() {
        String adopted = adoptedRok();
        permissions(COORDINATOR_VASTMANLAND, adopted)
                .body("permissions.revise", equalTo(true))
                .body("permissions.createLocal", equalTo(true));
        for (DemoUser other : List.of(COORDINATOR_VASTRA_GOTALAND, MEMBER_VASTERAS, ANONYMOUS, NATIONAL_READER)) {
            permissions(other, adopted)
                    .body("permissions.revise", equalTo(false))
                    .body("permissions.createLocal", equalTo(false));
        }
    }

    private static ValidatableResponse permissions(DemoUser user, String id) {
        return user.request().get(PATH + "/" + id).then().statusCode(200);
    }

    /** Västmanland's RÖK with two parties, a goal area with strategies and a responsibility, adopted. */
    static String adoptedRok() {
        String id = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + id)
                .then()
                .extract()
                .path("goalAreas[0].id");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organisationId",
                        DemoDataLoader.organisationId("vasteras-stad").toString(),
                        "kind",
                        "RESPONSIBLE",
                        "level",
                        "LOCAL"))
                .post(PATH + "/" + id + "/goal-areas/" + goalArea + "/responsibilities")
                .then()
                .statusCode(201);
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "ADOPTED").statusCode(200);
        return id;
    }

    private static ValidatableResponse revise(DemoUser user, String id) {
        return user.request()
                .contentType(ContentType.JSON)
                .post(PATH + "/" + id + "/revisions")
                .then();
    }

    private static void assertRule(ValidatableResponse response, String rule) {
        response.statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo(rule))
                .body("detail", not(equalTo(null)));
    }
}
