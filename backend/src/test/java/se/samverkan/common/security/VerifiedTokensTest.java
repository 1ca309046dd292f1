package se.samverkan.common.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import se.samverkan.support.DemoUser;

/**
 * A token is verified once and then served from memory until its own expiry; the identity stays the token's own (its
 * claims, and the grants the augmentor adds on every request), and a token that differs in any character is verified
 * afresh, so a forged signature is still refused.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens tokens;

    private static Instant expiryOf(String token) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return Instant.ofEpochSecond(
                new ObjectMapper().readTree(payload).get("exp").asLong());
    }

    private static void readsAsCoordinatorOfVastmanland(String token) {
        RestAssured.given()
                .auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("coordinator.vastmanland"))
                .body("countyCode", equalTo("19"))
                .body("roles", hasItem("coordinator"));
    }

    @Test
    void aVerifiedTokenIsRememberedUntilItExpiresAndAnsweredAsBefore() throws Exception {
        String token = DemoUser.COORDINATOR_VASTMANLAND.accessToken();
        readsAsCoordinatorOfVastmanland(token);
        VerifiedTokens.Verified remembered = tokens.remembered(token);
        assertNotNull(remembered, "verified once, then remembered");
        assertEquals(expiryOf(token), remembered.expires(), "for no longer than the token's own exp");
        // served from memory now: the same caller, claims and roles
        readsAsCoordinatorOfVastmanland(token);
        DemoUser.MEMBER_VASTERAS
                .request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("member.vasteras"));
    }

    @Test
    void grantsAreStillAddedOnEveryRequestWithARememberedToken() {
        for (int i = 0; i < 2; i++) {
            DemoUser.COORDINATOR_GR
                    .request()
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .body("username", equalTo("coordinator.gr"))
                    .body("roles", hasItem(Roles.GRANTEE));
        }
        assertNotNull(tokens.remembered(DemoUser.COORDINATOR_GR.accessToken()));
    }

    @Test
    void aTokenWithAChangedSignatureIsVerifiedAgainAndRefused() {
        String token = DemoUser.COORDINATOR_VASTMANLAND.accessToken();
        readsAsCoordinatorOfVastmanland(token);
        char last = token.charAt(token.length() - 2);
        String forged =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        RestAssured.given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401);
        assertNull(tokens.remembered(forged));
        assertFalse(token.equals(forged));
    }
}
