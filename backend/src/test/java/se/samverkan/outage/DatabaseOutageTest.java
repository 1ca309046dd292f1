package se.samverkan.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Organisations;
import se.samverkan.support.TestData;

/** The real database goes away and comes back: 503 with Retry-After meanwhile, and the API recovers by itself. */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {

    @Test
    void answers503WhileTheDatabaseIsAwayAndRecoversWithinFiveSeconds() {
        String id = Organisations.create(ADMIN, TestData.organisation());
        ANONYMOUS.request().get(Organisations.PATH + "/" + id).then().statusCode(200);

        Database.stop();
        try {
            ANONYMOUS
                    .request()
                    .get(Organisations.PATH + "/" + id)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:samverkan:problem:service-unavailable"))
                    .body("status", equalTo(503));
            ADMIN.request()
                    .contentType(ContentType.JSON)
                    .body(TestData.organisation())
                    .post(Organisations.PATH)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5");
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            Database.start();
        }

        Instant back = Instant.now();
        int status = 0;
        while (Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0) {
            status = ANONYMOUS.request().get(Organisations.PATH + "/" + id).statusCode();
            if (status == 200) {
                break;
            }
            sleep();
        }
        assertEquals(200, status, "the API answers again within 5 s of the database's return");
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(TestData.organisation())
                .post(Organisations.PATH)
                .then()
                .statusCode(201);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
