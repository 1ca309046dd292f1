package se.samverkan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Organisations;

/** nosniff everywhere; what answers a token or a change is private and never stored by a cache. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest(name = "GET {0} has nosniff")
    @ValueSource(
            strings = {
                "/api/v1/counties",
                "/api/v1/organisations",
                "/api/v1/no-such-thing",
                "/q/health/ready",
                "/q/openapi"
            })
    void everyResponseForbidsSniffing(String path) {
        given().get(path)
                .then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void publicReadsMayBeCachedButVaryByToken() {
        given().get("/api/v1/counties")
                .then()
                .statusCode(200)
                .header("Cache-Control", nullValue())
                .header("Vary", containsString("Authorization"));
    }

    @Test
    void authenticatedReadsArePrivate() {
        DemoUser.MEMBER_VASTERAS
                .request()
                .get("/api/v1/counties")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
        DemoUser.ADMIN
                .request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void changesAndTheirErrorsArePrivate() {
        DemoUser.ADMIN
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(Organisations.PATH)
                .then()
                .statusCode(400)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post(Organisations.PATH)
                .then()
                .statusCode(401)
                .header("Cache-Control", equalTo("private, no-store"));
        given().header("Authorization", "Bearer not-a-token")
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("Cache-Control", not(containsString("public")));
    }

    /**
     * A request without a token is answered as the public without resolving an identity (CurrentUser); one with a
     * token that does not verify is still refused on a read whose answer depends on the caller (drafts are listed to
     * those who may read them).
     */
    @Test
    void aPublicReadWithATokenThatDoesNotVerifyIsRefusedNotAnsweredAsThePublic() {
        given().get(Agreements.PATH).then().statusCode(200);
        given().header("Authorization", "Bearer not-a-token")
                .get(Agreements.PATH)
                .then()
                .statusCode(401);
    }
}
