package se.samverkan.organisation;

import static org.hamcrest.Matchers.equalTo;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.Organisations.PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Organisations;
import se.samverkan.support.TestData;

/**
 * The role matrix of every organisation endpoint, with real tokens from the real Keycloak:
 * the public reads; admins change anything; a coordinator changes only their own county; members and
 * integrating systems change nothing here.
 */
@QuarkusTest
class OrganisationAuthorizationTest {

    private static final String VASTERAS =
            DemoDataLoader.organisationId("vasteras-stad").toString();

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void everyoneReads(DemoUser user) {
        user.request().get(PATH).then().statusCode(200);
        user.request().get(PATH + "/" + VASTERAS).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} creates in Västmanland: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "MEMBER_ARBETSFORMEDLINGEN, 403",
        "AGENCY_SYSTEM, 403",
        "COORDINATOR_VASTRA_GOTALAND, 403",
        "COORDINATOR_VASTMANLAND, 201",
        "ADMIN, 201"
    })
    void createInVastmanland(DemoUser user, int expected) {
        Map<String, Object> body = TestData.organisation();
        assertStatus(
                user.request()
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(PATH)
                        .then(),
                expected);
        assertStored(body, expected == 201);
    }

    @ParameterizedTest(name = "{0} creates a national organisation: {1}")
    @CsvSource({"COORDINATOR_VASTMANLAND, 403", "MEMBER_ARBETSFORMEDLINGEN, 403", "ADMIN, 201"})
    void createWithoutCounty(DemoUser user, int expected) {
        Map<String, Object> body =
                TestData.with(TestData.without(TestData.organisation(), "countyCode"), "type", "STATE_AGENCY");
        assertStatus(
                user.request()
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post(PATH)
                        .then(),
                expected);
        assertStored(body, expected == 201);
    }

    @ParameterizedTest(name = "{0} updates in Västmanland: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "MEMBER_ARBETSFORMEDLINGEN, 403",
        "AGENCY_SYSTEM, 403",
        "COORDINATOR_VASTRA_GOTALAND, 403",
        "COORDINATOR_VASTMANLAND, 200",
        "ADMIN, 200"
    })
    void updateInVastmanland(DemoUser user, int expected) {
        Map<String, Object> body = TestData.organisation();
        String id = Organisations.create(ADMIN, body);
        Map<String, Object> changed = TestData.with(body, "mandate", "Ändrat av " + user);
        assertStatus(
                user.request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", Organisations.etag(id))
                        .body(changed)
                        .put(PATH + "/" + id)
                        .then(),
                expected);
        Organisations.get(id)
                .then()
                .body("mandate", equalTo(expected == 200 ? changed.get("mandate") : body.get("mandate")));
    }

    @ParameterizedTest(name = "{0} updates in Västra Götaland: {1}")
    @CsvSource({"COORDINATOR_VASTMANLAND, 403", "COORDINATOR_VASTRA_GOTALAND, 200"})
    void updateInVastraGotaland(DemoUser user, int expected) {
        Map<String, Object> body = TestData.with(TestData.organisation(), "countyCode", "14");
        String id = Organisations.create(ADMIN, body);
        assertStatus(
                user.request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", Organisations.etag(id))
                        .body(TestData.with(body, "website", "https://example.org"))
                        .put(PATH + "/" + id)
                        .then(),
                expected);
    }

    @Test
    void coordinatorCannotMoveAnOrganisationToAnotherCounty() {
        Map<String, Object> body = TestData.organisation();
        String id = Organisations.create(DemoUser.COORDINATOR_VASTMANLAND, body);
        DemoUser.COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Organisations.etag(id))
                .body(TestData.with(body, "countyCode", "14"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:forbidden"));
        Organisations.get(id).then().body("countyCode", equalTo("19"));
    }

    @ParameterizedTest(name = "{0} deletes in Västmanland: {1}")
    @CsvSource({
        "ANONYMOUS, 401", "MEMBER_VASTERAS, 403", "AGENCY_SYSTEM, 403",
        "COORDINATOR_VASTRA_GOTALAND, 403", "COORDINATOR_VASTMANLAND, 204", "ADMIN, 204"
    })
    void deleteInVastmanland(DemoUser user, int expected) {
        String id = Organisations.create(ADMIN, TestData.organisation());
        assertStatus(
                user.request()
                        .header("If-Match", Organisations.etag(id))
                        .delete(PATH + "/" + id)
                        .then(),
                expected);
        Organisations.get(id).then().statusCode(expected == 204 ? 404 : 200);
    }

    @ParameterizedTest(name = "{0} sees permissions update={1}")
    @CsvSource({
        "ANONYMOUS, false",
        "MEMBER_VASTERAS, false",
        "COORDINATOR_VASTRA_GOTALAND, false",
        "COORDINATOR_VASTMANLAND, true",
        "ADMIN, true"
    })
    void detailsTellWhatTheCallerMayDo(DemoUser user, boolean mayUpdate) {
        user.request()
                .get(PATH + "/" + VASTERAS)
                .then()
                .body("permissions.update", equalTo(mayUpdate))
                .body("permissions.delete", equalTo(mayUpdate));
    }

    @Test
    void anInvalidTokenIsUnauthorized() {
        RestAssured.given()
                .auth()
                .oauth2("not-a-token")
                .contentType(ContentType.JSON)
                .body(TestData.organisation())
                .post(PATH)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"samverkan\""))
                .body("type", equalTo("urn:samverkan:problem:unauthorized"));
    }

    private static void assertStatus(io.restassured.response.ValidatableResponse response, int expected) {
        response.statusCode(expected);
        if (expected >= 400) {
            response.contentType("application/problem+json")
                    .body(
                            "type",
                            equalTo(
                                    expected == 401
                                            ? "urn:samverkan:problem:unauthorized"
                                            : "urn:samverkan:problem:forbidden"));
        }
    }

    private static void assertStored(Map<String, Object> body, boolean stored) {
        DemoUser.ANONYMOUS
                .request()
                .queryParam("q", body.get("organisationNumber"))
                .get(PATH)
                .then()
                .body("total", equalTo(stored ? 1 : 0));
    }
}
