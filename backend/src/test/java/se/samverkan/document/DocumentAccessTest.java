package se.samverkan.document;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Documents.PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Documents;
import se.samverkan.support.Forums;

/**
 * Role × operation. Västmanland's RÖK 2016 is public (expired) and final; Västerås stad is one of its parties. A public
 * file is read by everyone; an internal one by the parties, the county's coordinator and admins; everyone else gets
 * 404, as if it did not exist. Only who may change the owner attaches.
 */
@QuarkusTest
class DocumentAccessTest {

    private static final String ROK = Agreements.VASTMANLAND_ROK;

    @Test
    void thePublicDownloadsAPublicFileWithSafeHeaders() {
        byte[] pdf = Documents.pdf("Undertecknad overenskommelse");
        String id = Documents.upload(
                        COORDINATOR_VASTMANLAND,
                        "AGREEMENT",
                        ROK,
                        "PUBLIC",
                        "..\\Överenskommelse <signerad>.pdf",
                        pdf,
                        "application/pdf")
                .statusCode(201)
                .header("ETag", notNullValue())
                .header("Location", containsString(PATH + "/"))
                .body("current.mediaType", equalTo("application/pdf"))
                .body("current.fileName", equalTo("Överenskommelse signerad.pdf"))
                .body("current.number", equalTo(1))
                .body("createdBy", equalTo("coordinator.vastmanland"))
                .extract()
                .path("id");

        byte[] downloaded = ANONYMOUS
                .request()
                .get(PATH + "/" + id + "/content")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"_verenskommelse signerad.pdf\";"
                                + " filename*=UTF-8''%C3%96verenskommelse%20signerad.pdf"))
                .extract()
                .asByteArray();
        assertArrayEquals(pdf, downloaded);
        ANONYMOUS
                .request()
                .get(PATH + "?ownerType=AGREEMENT&ownerId=" + ROK)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("canAttach", equalTo(false));
    }

    @ParameterizedTest
    @CsvSource({
        "ANONYMOUS, 404",
        "COORDINATOR_VASTRA_GOTALAND, 404",
        "MEMBER_ARBETSFORMEDLINGEN, 404",
        "AGENCY_SYSTEM, 404",
        "MEMBER_VASTERAS, 200",
        "COORDINATOR_VASTMANLAND, 200",
        "ADMIN, 200"
    })
    void anInternalFileIsReadOnlyByTheInsiders(DemoUser user, int status) {
        String id = Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", ROK, "INTERNAL", "Internt utkast");
        user.request().get(PATH + "/" + id).then().statusCode(status);
        user.request().get(PATH + "/" + id + "/content").then().statusCode(status);
        user.request().get(PATH + "/" + id + "/history").then().statusCode(status);
        var list = user.request()
                .get(PATH + "?ownerType=AGREEMENT&ownerId=" + ROK)
                .then()
                .statusCode(200);
        list.body("items.id", status == 200 ? hasItem(id) : not(hasItem(id)));
    }

    @ParameterizedTest
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "AGENCY_SYSTEM, 403",
        "COORDINATOR_VASTRA_GOTALAND, 403",
        "COORDINATOR_VASTMANLAND, 201",
        "ADMIN, 201"
    })
    void onlyWhoChangesTheAgreementAttaches(DemoUser user, int status) {
        Documents.upload(user, "AGREEMENT", ROK, "PUBLIC", "bilaga.pdf", Documents.pdf("Bilaga"), "application/pdf")
                .statusCode(status);
        user.request()
                .contentType(ContentType.JSON)
                .body(link(ROK))
                .post(PATH + "/links")
                .then()
                .statusCode(status);
    }

    @Test
    void aDraftOfAnotherCountyIsNotFoundForItsDocumentsEither() {
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Documents.upload(
                        COORDINATOR_VASTRA_GOTALAND,
                        "AGREEMENT",
                        draft,
                        "PUBLIC",
                        "x.pdf",
                        Documents.pdf("x"),
                        "application/pdf")
                .statusCode(404);
        String id = Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", draft, "PUBLIC", "Utkast");
        // Public, but attached to a draft: never more visible than the draft itself.
        ANONYMOUS.request().get(PATH + "/" + id + "/content").then().statusCode(404);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(PATH + "?ownerType=AGREEMENT&ownerId=" + draft)
                .then()
                .statusCode(404);
        MEMBER_VASTERAS.request().get(PATH + "/" + id).then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"ANONYMOUS, 401", "MEMBER_VASTERAS, 403", "COORDINATOR_VASTRA_GOTALAND, 403", "ADMIN, 200"})
    void changingAndSupersedingNeedTheOwnersManager(DemoUser user, int status) {
        String id = Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", ROK, "PUBLIC", "Bilaga");
        String etag = ADMIN.request().get(PATH + "/" + id).then().extract().header("ETag");
        user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(update("Ny titel"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(status);
        String now = ADMIN.request().get(PATH + "/" + id).then().extract().header("ETag");
        user.request()
                .header("If-Match", now)
                .multiPart("file", "v2.pdf", Documents.pdf("Version 2"), "application/pdf")
                .post(PATH + "/" + id + "/versions")
                .then()
                .statusCode(status == 200 ? 201 : status);
    }

    @Test
    void aFileOfAnAdoptedAgreementIsNeverDeletedOnlySuperseded() {
        String id = Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", ROK, "PUBLIC", "Original");
        String etag = ADMIN.request().get(PATH + "/" + id).then().extract().header("ETag");
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", etag)
                .delete(PATH + "/" + id)
                .then()
                .statusCode(409)
                .body("rule", equalTo("document-kept"));
        ADMIN.request().get(PATH + "/" + id).then().statusCode(200).body("permissions.delete", equalTo(false));

        Documents.as(COORDINATOR_VASTMANLAND)
                .header("If-Match", etag)
                .multiPart("file", "rättad.pdf", Documents.pdf("Rattad version"), "application/pdf")
                .post(PATH + "/" + id + "/versions")
                .then()
                .statusCode(201)
                .body("current.number", equalTo(2))
                .body("versions", hasSize(2));
        ANONYMOUS.request().get(PATH + "/" + id + "/content?version=1").then().statusCode(200);
        ANONYMOUS.request().get(PATH + "/" + id + "/content?version=3").then().statusCode(404);
        ANONYMOUS
                .request()
                .get(PATH + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("actor", hasItem("coordinator.vastmanland"))
                .body("summary", hasItem("Version 2: rättad.pdf"));
    }

    @Test
    void aDocumentOfADraftMayBeDeleted() {
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String id = Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", draft, "PUBLIC", "Utkast");
        COORDINATOR_VASTMANLAND.request().delete(PATH + "/" + id).then().statusCode(428);
        String etag = ADMIN.request().get(PATH + "/" + id).then().extract().header("ETag");
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", etag)
                .delete(PATH + "/" + id)
                .then()
                .statusCode(204);
        ADMIN.request().get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void internalMeetingPapersAreForTheForumsParticipants() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(7));
        String item = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesbild", "PRESENTATION");
        String internal =
                Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGENDA_ITEM", item, "INTERNAL", "Internt underlag");
        String published = Documents.attachPdf(COORDINATOR_VASTMANLAND, "MEETING", meeting, "PUBLIC", "Kallelse");

        MEMBER_VASTERAS.request().get(PATH + "/" + internal + "/content").then().statusCode(200);
        ANONYMOUS.request().get(PATH + "/" + internal + "/content").then().statusCode(404);
        COORDINATOR_VASTRA_GOTALAND.request().get(PATH + "/" + internal).then().statusCode(404);
        MEMBER_ARBETSFORMEDLINGEN.request().get(PATH + "/" + internal).then().statusCode(404);
        ANONYMOUS.request().get(PATH + "/" + published + "/content").then().statusCode(200);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(PATH + "?ownerType=AGENDA_ITEM&ownerId=" + item)
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("owner.parentId", equalTo(meeting));
        Documents.upload(
                        COORDINATOR_VASTRA_GOTALAND,
                        "AGENDA_ITEM",
                        item,
                        "PUBLIC",
                        "x.pdf",
                        Documents.pdf("x"),
                        "application/pdf")
                .statusCode(403);
    }

    @Test
    void linksNeedAWebAddress() {
        Map<String, Object> bad = new HashMap<>(link(ROK));
        bad.put("url", "javascript:alert(1)");
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(bad)
                .post(PATH + "/links")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("url"));
        String id = ADMIN.request()
                .contentType(ContentType.JSON)
                .body(link(ROK))
                .post(PATH + "/links")
                .then()
                .statusCode(201)
                .body("type", equalTo("LINK"))
                .body("versions", hasSize(0))
                .extract()
                .path("id");
        ANONYMOUS.request().get(PATH + "/" + id + "/content").then().statusCode(404);
    }

    @Test
    void unknownOwnersAndBadQueriesAreProblems() {
        ANONYMOUS
                .request()
                .get(PATH + "?ownerType=AGREEMENT&ownerId=" + UUID.randomUUID())
                .then()
                .statusCode(404);
        ANONYMOUS
                .request()
                .get(PATH + "?ownerType=PROJECT&ownerId=x")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("ownerType"))
                .body("errors.field", hasItem("ownerId"));
        ANONYMOUS
                .request()
                .get(PATH + "/" + UUID.randomUUID() + "/content")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    static Map<String, Object> link(String agreementId) {
        return Map.of(
                "ownerType",
                "AGREEMENT",
                "ownerId",
                agreementId,
                "title",
                "Rapporten på Länsstyrelsens webbplats",
                "kind",
                "REPORT",
                "language",
                "sv",
                "visibility",
                "PUBLIC",
                "url",
                "https://www.lansstyrelsen.se/vastmanland/publikationer.html");
    }

    static Map<String, Object> update(String title) {
        return Map.of("title", title, "kind", "APPENDIX", "language", "sv", "visibility", "PUBLIC");
    }
}
