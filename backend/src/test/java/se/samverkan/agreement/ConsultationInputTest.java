package se.samverkan.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.Agreements.PATH;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.AGENCY_SYSTEM;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.EDITOR_VASTERAS;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.DemoUser.NATIONAL_READER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;

/**
 * Consultation input (issue 17): during förankring a party's members leave input per section (the agreement as a
 * whole or a goal area); the coordinator sees all of it, a party its own; editable by its organisation while the
 * consultation is open, refused after.
 */
@QuarkusTest
class ConsultationInputTest {

    /** An agreement in consultation with Länsstyrelsen, Västerås stad and Migrationsverket as parties. */
    private record Consultation(String id, String goalArea) {}

    private static Consultation inConsultation() {
        String id = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.addParty(COORDINATOR_VASTMANLAND, id, "migrationsverket", "SIGNATORY");
        String goalArea = COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + id)
                .then()
                .extract()
                .path("goalAreas[0].id");
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "CONSULTATION").statusCode(200);
        return new Consultation(id, goalArea);
    }

    @Test
    void aPartyLeavesInputOnASectionAndTheCoordinatorSeesIt() {
        Consultation c = inConsultation();
        MEMBER_VASTERAS
                .request()
                .get(PATH + "/" + c.id())
                .then()
                .body("permissions.giveConsultationInput", equalTo(true));
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + c.id())
                .then()
                .body("permissions.giveConsultationInput", equalTo(false));

        String input = add(MEMBER_VASTERAS, c.id(), body(c.goalArea(), "  Bostäderna räcker inte till.  "))
                .statusCode(201)
                .header("ETag", notNullValue())
                .header("Location", org.hamcrest.Matchers.containsString("/consultation-inputs/"))
                .body("goalAreaId", equalTo(c.goalArea()))
                .body("organisation.name", equalTo("Västerås stad"))
                .body("text", equalTo("Bostäderna räcker inte till."))
                .body("createdBy", equalTo("member.vasteras"))
                .body("createdAt", notNullValue())
                .body("editable", equalTo(true))
                .extract()
                .path("id");
        add(AGENCY_SYSTEM, c.id(), body(null, "Migrationsverket ställer sig bakom helheten."))
                .statusCode(201)
                .body("goalAreaId", nullValue());

        // The coordinator and the national reader see every party's input, with its author and time.
        for (DemoUser reader : java.util.List.of(COORDINATOR_VASTMANLAND, NATIONAL_READER, ADMIN)) {
            list(reader, c.id())
                    .statusCode(200)
                    .body("", hasSize(2))
                    .body("[0].id", equalTo(input))
                    .body("[0].organisation.name", equalTo("Västerås stad"))
                    .body("[0].editable", equalTo(false))
                    .body("[1].organisation.name", equalTo("Migrationsverket"));
        }
        // A party sees its own organisation's input only.
        list(EDITOR_VASTERAS, c.id()).statusCode(200).body("", hasSize(1)).body("[0].editable", equalTo(true));
        list(AGENCY_SYSTEM, c.id()).statusCode(200).body("", hasSize(1)).body("[0].goalAreaId", nullValue());
    }

    @Test
    void onlyAPartysMembersLeaveInput() {
        Consultation c = inConsultation();
        add(ANONYMOUS, c.id(), body(null, "Text")).statusCode(401);
        list(ANONYMOUS, c.id()).statusCode(401);
        // The coordinator runs the consultation but is no party of it.
        add(COORDINATOR_VASTMANLAND, c.id(), body(null, "Text"))
                .statusCode(403)
                .body("type", equalTo("urn:samverkan:problem:forbidden"));
        // Outside the parties the agreement in consultation is not even visible.
        add(MEMBER_ARBETSFORMEDLINGEN, c.id(), body(null, "Text")).statusCode(404);
        list(MEMBER_ARBETSFORMEDLINGEN, c.id()).statusCode(404);
        add(COORDINATOR_VASTRA_GOTALAND, c.id(), body(null, "Text")).statusCode(404);
        add(NATIONAL_READER, c.id(), body(null, "Text")).statusCode(403);
        list(COORDINATOR_VASTMANLAND, c.id()).statusCode(200).body("", hasSize(0));
    }

    @Test
    void badInputNamesTheField() {
        Consultation c = inConsultation();
        String other = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String otherGoalArea =
                ADMIN.request().get(PATH + "/" + other).then().extract().path("goalAreas[0].id");
        add(MEMBER_VASTERAS, c.id(), body(otherGoalArea, "Text"))
                .statusCode(400)
                .body("errors[0].field", equalTo("goalAreaId"));
        add(MEMBER_VASTERAS, c.id(), body(null, " ")).statusCode(400).body("errors.field", hasItem("text"));
        add(MEMBER_VASTERAS, c.id(), body(null, "x".repeat(10001)))
                .statusCode(400)
                .body("errors.field", hasItem("text"));
        list(COORDINATOR_VASTMANLAND, c.id()).body("", hasSize(0));
    }

    @Test
    void itsAuthorEditsItWhileTheConsultationIsOpenAndNotAfter() {
        Consultation c = inConsultation();
        var created = add(MEMBER_VASTERAS, c.id(), body(c.goalArea(), "Första utkastet."))
                .statusCode(201)
                .extract();
        String path = PATH + "/" + c.id() + "/consultation-inputs/" + created.path("id");
        String etag = created.header("ETag");

        // Another party, the coordinator: not theirs to change.
        put(AGENCY_SYSTEM, path, etag, body(null, "Ändrat")).statusCode(404);
        put(COORDINATOR_VASTMANLAND, path, etag, body(null, "Ändrat")).statusCode(403);
        put(MEMBER_VASTERAS, path, null, body(null, "Ändrat")).statusCode(428);
        // A colleague of the same organisation edits it (the input is the organisation's).
        var edited = put(EDITOR_VASTERAS, path, etag, body(null, "Andra utkastet."))
                .statusCode(200)
                .body("text", equalTo("Andra utkastet."))
                .body("goalAreaId", nullValue())
                .body("updatedBy", equalTo("editor.vasteras"))
                .body("createdBy", equalTo("member.vasteras"))
                .extract();
        put(MEMBER_VASTERAS, path, etag, body(null, "Stale")).statusCode(412);

        Agreements.changeStatus(COORDINATOR_VASTMANLAND, c.id(), "ADOPTED").statusCode(200);
        put(MEMBER_VASTERAS, path, edited.header("ETag"), body(null, "För sent"))
                .statusCode(409)
                .body("rule", equalTo("consultation-closed"));
        add(MEMBER_VASTERAS, c.id(), body(null, "För sent"))
                .statusCode(409)
                .body("rule", equalTo("consultation-closed"));
        list(COORDINATOR_VASTMANLAND, c.id()).body("", hasSize(1)).body("[0].text", equalTo("Andra utkastet."));
        list(MEMBER_VASTERAS, c.id()).body("[0].editable", equalTo(false));
        // The adopted agreement is public; the parties' input is not.
        list(ANONYMOUS, c.id()).statusCode(401);
        list(COORDINATOR_VASTRA_GOTALAND, c.id()).statusCode(200).body("", hasSize(0));
    }

    @Test
    void theChangesAreInTheAgreementsHistory() {
        Consultation c = inConsultation();
        add(MEMBER_VASTERAS, c.id(), body(null, "Synpunkt")).statusCode(201);
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + c.id() + "/history")
                .then()
                .statusCode(200)
                .body("summary", hasItem("Consultation input from Västerås stad"));
    }

    private static Map<String, Object> body(String goalAreaId, String text) {
        Map<String, Object> body = new HashMap<>();
        if (goalAreaId != null) {
            body.put("goalAreaId", goalAreaId);
        }
        body.put("text", text);
        return body;
    }

    private static ValidatableResponse add(DemoUser user, String id, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH + "/" + id + "/consultation-inputs")
                .then();
    }

    private static ValidatableResponse put(DemoUser user, String path, String etag, Map<String, Object> body) {
        var request = user.request().contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.put(path).then();
    }

    private static ValidatableResponse list(DemoUser user, String id) {
        return user.request().get(PATH + "/" + id + "/consultation-inputs").then();
    }
}
