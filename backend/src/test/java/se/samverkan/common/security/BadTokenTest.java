package se.samverkan.common.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;

/**
 * A request that carries an Authorization header is authenticated, also where the answer never asks who calls: a
 * token that does not verify is a 401 problem, never the public's answer. Without the header the public reads as
 * before, and a valid token reads as its caller.
 */
@QuarkusTest
class BadTokenTest {

    /** Public reads of one thing: an adopted agreement, an organisation. */
    private static final List<String> PUBLIC_READS = List.of(
            Agreements.PATH + "/" + Agreements.VG_2024,
            "/api/v1/organisations/" + Forums.organisation("vasteras-stad"));

    /** Query parameters some reads require, so that the read itself would be answered. */
    private static final Map<String, String> REQUIRED = Map.of(
            "/api/v1/documents", "?ownerType=AGREEMENT&ownerId=" + Agreements.VG_2024,
            "/api/v1/grants/users", "?q=anna",
            "/api/v1/search", "?q=boende",
            "/api/v1/unsubscribe", "?token=x");

    /** A valid token whose signature is changed, and a token that is no JWT at all. */
    private static List<String> badTokens() {
        String valid = DemoUser.MEMBER_VASTERAS.accessToken();
        String forged = valid.substring(0, valid.length() - 4) + (valid.endsWith("AAAA") ? "BBBB" : "AAAA");
        return List.of(forged, "not-a-token");
    }

    @Test
    void aTokenThatDoesNotVerifyIsRefusedOnPublicReads() {
        for (String path : PUBLIC_READS) {
            for (String token : badTokens()) {
                RestAssured.given()
                        .auth()
                        .oauth2(token)
                        .get(path)
                        .then()
                        .statusCode(401)
                        .contentType(startsWith("application/problem+json"))
                        .body("status", equalTo(401));
            }
        }
    }

    /** Every read without a path parameter, whatever it answers the public, refuses a forged token. */
    @Test
    void everyReadRefusesATokenThatDoesNotVerify() throws Exception {
        JsonNode spec = new ObjectMapper()
                .readTree(RestAssured.given()
                        .accept("application/json")
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        String forged = badTokens().get(0);
        List<String> answered = new ArrayList<>();
        int reads = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getValue().get("get") == null || path.getKey().contains("{")) {
                continue;
            }
            String url = path.getKey() + REQUIRED.getOrDefault(path.getKey(), "");
            int status = RestAssured.given().auth().oauth2(forged).get(url).statusCode();
            reads++;
            if (status != 401) {
                answered.add(url + " -> " + status);
            }
        }
        assertTrue(reads > 30, "the reads of the spec were found: " + reads);
        assertEquals(List.of(), answered, "reads that answered a forged token");
    }

    @Test
    void withoutTheHeaderThePublicReadsAndAValidTokenReadsAsItsCaller() {
        for (String path : PUBLIC_READS) {
            RestAssured.given().get(path).then().statusCode(200);
            DemoUser.MEMBER_VASTERAS.request().get(path).then().statusCode(200);
        }
    }
}
