package se.samverkan.grant;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.AGENCY_SYSTEM;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_GR;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTERBOTTEN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.EDITOR_VASTERAS;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.DemoUser.NATIONAL_READER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;

/** The grants API: who sees, grants and revokes where; scope checks; audit; effect on the next request. */
@QuarkusTest
class GrantTest {

    static final String GRANTS = "/api/v1/grants";

    static String county(String code) {
        return "/api/v1/counties/" + code + "/grants";
    }

    static Map<String, Object> forumEditor(String username, String forumId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "FORUM_EDITOR");
        body.put("subjectType", "USER");
        body.put("subject", username);
        body.put("forumId", forumId);
        return body;
    }

    static ValidatableResponse grant(DemoUser user, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(GRANTS)
                .then();
    }

    static ValidatableResponse revoke(DemoUser user, String id, String etag) {
        var request = user.request();
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.post(GRANTS + "/" + id + "/revocation").then();
    }

    static String etag(String id) {
        return ADMIN.request()
                .get(GRANTS + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @ParameterizedTest(name = "{0} lists the grants of county {1}: {2}")
    @CsvSource({
        "ANONYMOUS, 19, 401",
        "MEMBER_VASTERAS, 19, 403",
        "AGENCY_SYSTEM, 19, 403",
        "COORDINATOR_VASTRA_GOTALAND, 19, 403",
        "COORDINATOR_GR, 14, 403",
        "COORDINATOR_VASTERBOTTEN, 19, 403",
        "COORDINATOR_VASTERBOTTEN, 24, 200",
        "NATIONAL_READER, 19, 403",
        "COORDINATOR_VASTMANLAND, 19, 200",
        "ADMIN, 14, 200"
    })
    void listCounty(DemoUser user, String code, int expected) {
        user.request().get(county(code)).then().statusCode(expected);
        user.request().get(county(code) + "/history").then().statusCode(expected);
    }

    @Test
    void demoGrantsAndFederationMembership() {
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(county("14"))
                .then()
                .statusCode(200)
                .body("find { it.subject == 'coordinator.gr' }.kind", equalTo("FEDERATION_COORDINATOR"))
                .body(
                        "find { it.subject == 'coordinator.gr' }.organisationName",
                        equalTo("Göteborgsregionens kommunalförbund"))
                .body("find { it.subject == 'coordinator.gr' }.municipalityCodes", hasSize(13))
                .body("find { it.subject == 'coordinator.gr' }.municipalityCodes", hasItem("1384"))
                .body("find { it.subject == 'coordinator.gr' }.revocable", equalTo(true));
        ANONYMOUS
                .request()
                .get("/api/v1/federations/" + DemoDataLoader.organisationId("goteborgsregionen") + "/members")
                .then()
                .statusCode(200)
                .body("$", hasSize(13))
                .body("provenanceKind", not(hasItem("SOURCE")))
                .body("find { it.municipalityCode == '1480' }.municipalityName", equalTo("Göteborg"));
        COORDINATOR_GR
                .request()
                .get("/api/v1/me/grants")
                .then()
                .statusCode(200)
                .body("kind", equalTo(List.of("FEDERATION_COORDINATOR")))
                .body("[0].revocable", equalTo(false));
        ANONYMOUS.request().get("/api/v1/me/grants").then().statusCode(200).body("$", hasSize(0));
        COORDINATOR_VASTERBOTTEN
                .request()
                .get("/api/v1/me")
                .then()
                .body("permissions.grantCounties", equalTo(List.of("24")))
                .body("roles", hasItem("grantee"));
        MEMBER_VASTERAS.request().get("/api/v1/me").then().body("permissions.grantCounties", hasSize(0));
    }

    @Test
    void coordinatorsGrantOnlyInTheirCounty() {
        String vastmanland = Forums.demo("vastmanland-integrationsradet");
        String gr = Forums.demo("gr-natverket");
        grant(COORDINATOR_VASTRA_GOTALAND, forumEditor("member.vasteras", vastmanland))
                .statusCode(403)
                .contentType("application/problem+json");
        grant(MEMBER_VASTERAS, forumEditor("member.vasteras", vastmanland)).statusCode(403);
        grant(AGENCY_SYSTEM, forumEditor("member.vasteras", vastmanland)).statusCode(403);
        grant(ANONYMOUS, forumEditor("member.vasteras", vastmanland)).statusCode(401);
        // A federation coordinator is no county coordinator: no granting.
        grant(COORDINATOR_GR, forumEditor("member.vasteras", gr)).statusCode(403);
        Map<String, Object> reader =
                new HashMap<>(Map.of("kind", "NATIONAL_READER", "subjectType", "USER", "subject", "member.vasteras"));
        grant(COORDINATOR_VASTMANLAND, reader).statusCode(403);
        // A coordinator by grant grants in their county like one by token.
        Map<String, Object> county = new HashMap<>(Map.of(
                "kind",
                "COUNTY_COORDINATOR",
                "subjectType",
                "USER",
                "subject",
                "member.arbetsformedlingen",
                "countyCode",
                "24"));
        String id = grant(COORDINATOR_VASTERBOTTEN, county)
                .statusCode(201)
                .extract()
                .path("id");
        county.put("countyCode", "19");
        grant(COORDINATOR_VASTERBOTTEN, county).statusCode(403);
        revoke(COORDINATOR_VASTMANLAND, id, etag(id)).statusCode(404);
        revoke(COORDINATOR_VASTERBOTTEN, id, etag(id)).statusCode(200).body("active", equalTo(false));
    }

    @Test
    void scopeIsChecked() {
        Map<String, Object> body = forumEditor("member.vasteras", Forums.demo("vastmanland-integrationsradet"));
        body.put("countyCode", "19");
        grant(ADMIN, body).statusCode(400).body("errors[0].field", equalTo("countyCode"));
        body.remove("countyCode");
        body.put("forumId", "00000000-0000-0000-0000-000000000001");
        grant(ADMIN, body).statusCode(400).body("errors[0].field", equalTo("forumId"));
        body.remove("forumId");
        grant(ADMIN, body).statusCode(400).body("errors[0].field", equalTo("forumId"));
        body.put("kind", null);
        grant(ADMIN, body).statusCode(400).body("errors.field", hasItem("kind"));
        Map<String, Object> federation = new HashMap<>(Map.of(
                "kind",
                "FEDERATION_COORDINATOR",
                "subjectType",
                "USER",
                "subject",
                "member.vasteras",
                "organisationId",
                DemoDataLoader.organisationId("vasteras-stad").toString()));
        grant(ADMIN, federation).statusCode(400).body("errors[0].field", equalTo("organisationId"));
        Map<String, Object> author = new HashMap<>(Map.of(
                "kind",
                "LOK_AUTHOR",
                "subjectType",
                "USER",
                "subject",
                "member.vasteras",
                "organisationId",
                DemoDataLoader.organisationId("arbetsformedlingen").toString(),
                "municipalityCodes",
                List.of("1980", "1480")));
        grant(ADMIN, author)
                .statusCode(400)
                .body("errors[0].field", equalTo("municipalityCodes"))
                .body("errors[0].message", equalTo("must be municipalities of one county"));
        Map<String, Object> bad =
                new HashMap<>(Map.of("kind", "NATIONAL_READER", "subjectType", "USER", "subject", "no spaces"));
        grant(ADMIN, bad).statusCode(400).body("errors[0].field", equalTo("subject"));
    }

    /**
     * A statistics provider whose indicators lie in several counties is a grant outside any county: admins alone give
     * it, it is listed with the national grants (with the indicators' names) and its audit is the national one.
     */
    @Test
    void statisticsProviderAcrossCountiesIsNational() {
        String vastmanland =
                DemoDataLoader.indicatorId("vastmanland-rup-arbete-inom-tva-ar").toString();
        String vgIndicator = ADMIN.request()
                .contentType(ContentType.JSON)
                .body(se.samverkan.support.Indicators.input(null, "COUNTY", false))
                .post(se.samverkan.support.Agreements.PATH + "/" + se.samverkan.support.Agreements.VG_2024
                        + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String client = "national-stats-" + System.nanoTime();
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind",
                "STATISTICS_PROVIDER",
                "subjectType",
                "SERVICE_ACCOUNT",
                "subject",
                client,
                "indicatorIds",
                List.of(vastmanland, vgIndicator)));
        grant(COORDINATOR_VASTMANLAND, body).statusCode(403).contentType("application/problem+json");
        String id = grant(ADMIN, body)
                .statusCode(201)
                .body("countyCode", org.hamcrest.Matchers.nullValue())
                .body("indicatorNames", hasSize(2))
                .body("indicatorNames", hasItem("Andel nyanlända i arbete inom två år"))
                .extract()
                .path("id");
        ADMIN.request()
                .get("/api/v1/national-grants")
                .then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.kind", equalTo("STATISTICS_PROVIDER"));
        ADMIN.request().get(county("19")).then().body("id", not(hasItem(id)));
        ADMIN.request()
                .get("/api/v1/national-grants/history")
                .then()
                .statusCode(200)
                .body("summary", hasItem("Granted STATISTICS_PROVIDER to " + client));
        for (DemoUser refused : new DemoUser[] {COORDINATOR_VASTMANLAND, NATIONAL_READER, MEMBER_VASTERAS}) {
            refused.request().get("/api/v1/national-grants/history").then().statusCode(403);
        }
        ANONYMOUS.request().get("/api/v1/national-grants/history").then().statusCode(401);
        // Indicators of one county stay that county's grant, which its coordinator gives.
        body.put("indicatorIds", List.of(vastmanland));
        body.put("subject", client + "-19");
        grant(COORDINATOR_VASTMANLAND, body).statusCode(201).body("countyCode", equalTo("19"));
    }

    /** Granting and revoking take effect on the holder's next request with the same token. */
    @Test
    void forumEditorPreparesButDoesNotPublish() {
        // One access token for every request of the holder: no new login between grant, use and revocation.
        String token = EDITOR_VASTERAS.accessToken();
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> editor =
                () -> io.restassured.RestAssured.given().auth().oauth2(token);
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(1));
        editor.get()
                .contentType(ContentType.JSON)
                .body(Forums.agendaItem("Före", "OTHER"))
                .post(Forums.MEETINGS + "/" + meeting + "/agenda-items")
                .then()
                .statusCode(403);
        String id = grant(COORDINATOR_VASTMANLAND, forumEditor("editor.vasteras", forum))
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("countyCode", equalTo("19"))
                .body("grantedBy", equalTo("coordinator.vastmanland"))
                .body("grantedAt", notNullValue())
                .body("revokedAt", org.hamcrest.Matchers.nullValue())
                .extract()
                .path("id");
        grant(COORDINATOR_VASTMANLAND, forumEditor("editor.vasteras", forum))
                .statusCode(409)
                .body("errors[0].field", equalTo("subject"));
        editor.get()
                .contentType(ContentType.JSON)
                .body(Forums.agendaItem("Lägesrapporter", "OTHER"))
                .post(Forums.MEETINGS + "/" + meeting + "/agenda-items")
                .then()
                .statusCode(201);
        editor.get()
                .get(Forums.MEETINGS + "/" + meeting)
                .then()
                .body("permissions.edit", equalTo(true))
                .body("permissions.publishMinutes", equalTo(false));
        editor.get()
                .header("If-Match", Forums.etag(Forums.MEETINGS + "/" + meeting))
                .post(Forums.MEETINGS + "/" + meeting + "/minutes/publication")
                .then()
                .statusCode(403);
        editor.get().get("/api/v1/me/grants").then().body("forumId", hasItem(forum));

        revoke(COORDINATOR_VASTMANLAND, id, null).statusCode(428);
        revoke(COORDINATOR_VASTMANLAND, id, "\"99\"").statusCode(412);
        revoke(MEMBER_VASTERAS, id, etag(id)).statusCode(404);
        revoke(COORDINATOR_VASTMANLAND, id, etag(id))
                .statusCode(200)
                .body("active", equalTo(false))
                .body("revokedBy", equalTo("coordinator.vastmanland"))
                .body("revokedAt", notNullValue());
        revoke(COORDINATOR_VASTMANLAND, id, etag(id)).statusCode(409);
        editor.get()
                .contentType(ContentType.JSON)
                .body(Forums.agendaItem("Efter", "OTHER"))
                .post(Forums.MEETINGS + "/" + meeting + "/agenda-items")
                .then()
                .statusCode(403);
        COORDINATOR_VASTMANLAND
                .request()
                .get(county("19") + "/history")
                .then()
                .statusCode(200)
                .body("findAll { it.entityId == '" + id + "' }.action", equalTo(List.of("STATUS_CHANGED", "CREATED")))
                .body(
                        "findAll { it.entityId == '" + id + "' }.actor",
                        equalTo(List.of("coordinator.vastmanland", "coordinator.vastmanland")))
                .body("findAll { it.entityId == '" + id + "' }.at", everyItem(notNullValue()));
        COORDINATOR_VASTMANLAND.request().get(county("19")).then().body("id", not(hasItem(id)));
        COORDINATOR_VASTMANLAND
                .request()
                .get(county("19") + "?includeRevoked=true")
                .then()
                .body("id", hasItem(id));
        NATIONAL_READER.request().get(GRANTS + "/" + id).then().statusCode(404);
        editor.get().get(GRANTS + "/" + id).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} searches users: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "AGENCY_SYSTEM, 403",
        "NATIONAL_READER, 403",
        "COORDINATOR_GR, 403",
        "COORDINATOR_VASTERBOTTEN, 200",
        "COORDINATOR_VASTMANLAND, 200",
        "ADMIN, 200"
    })
    void userSearch(DemoUser user, int expected) {
        var response = user.request().get(GRANTS + "/users?q=vasteras").then().statusCode(expected);
        if (expected == 200) {
            // editor.vasteras has never logged in through the API; Keycloak knows them.
            response.body("username", hasItem("editor.vasteras"))
                    .body("find { it.username == 'editor.vasteras' }.organisationNumber", equalTo("2120002080"))
                    .body("username", not(hasItem("service-account-agency-integration")));
        }
    }

    @Test
    void userSearchNeedsText() {
        ADMIN.request().get(GRANTS + "/users").then().statusCode(400).body("errors[0].field", equalTo("q"));
        ADMIN.request().get(GRANTS + "/users?q=a").then().statusCode(400);
    }
}
