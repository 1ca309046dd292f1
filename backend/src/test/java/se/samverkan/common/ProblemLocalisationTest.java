package se.samverkan.common;

import static org.hamcrest.Matchers.equalTo;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Organisations;
import se.samverkan.support.TestData;

/** Problem texts follow Accept-Language: Swedish for the Swedish UI, English otherwise. */
@QuarkusTest
class ProblemLocalisationTest {

    @Test
    void swedishWhenAsked() {
        COORDINATOR_VASTMANLAND
                .request()
                .header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.8")
                .contentType(ContentType.JSON)
                .body(TestData.with(
                        TestData.with(TestData.organisation(), "organisationNumber", "2021002115"),
                        "municipalityCode",
                        "1480"))
                .post(Organisations.PATH)
                .then()
                .statusCode(400)
                .body("title", equalTo("Begäran innehåller ogiltiga värden"))
                .body("detail", equalTo("Ogiltigt värde för: organisationNumber"))
                .body(
                        "errors.find { it.field == 'organisationNumber' }.message",
                        equalTo("ska vara tio siffror (NNNNNN-NNNN) med korrekt kontrollsiffra"));
        COORDINATOR_VASTMANLAND
                .request()
                .header("Accept-Language", "sv")
                .contentType(ContentType.JSON)
                .body(TestData.with(TestData.organisation(), "municipalityCode", "1480"))
                .post(Organisations.PATH)
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("Göteborg ligger inte i län 19"));
    }

    @Test
    void englishByDefaultAndForEnglish() {
        for (String language : new String[] {null, "en-GB,en;q=0.9,sv;q=0.5"}) {
            var request = COORDINATOR_VASTMANLAND.request().contentType(ContentType.JSON);
            if (language != null) {
                request = request.header("Accept-Language", language);
            }
            request.body(TestData.with(TestData.organisation(), "organisationNumber", "2021002115"))
                    .post(Organisations.PATH)
                    .then()
                    .statusCode(400)
                    .body("title", equalTo("The request contains invalid values"))
                    .body("errors[0].message", equalTo("must be ten digits (NNNNNN-NNNN) with a valid check digit"));
        }
    }

    @Test
    void serviceProblemsAndBeanValidationFollowTheLanguage() {
        String id = "00000000-0000-4000-8000-000000000000";
        COORDINATOR_VASTMANLAND
                .request()
                .header("Accept-Language", "sv")
                .get("/api/v1/agreements/" + id)
                .then()
                .statusCode(404)
                .body("title", equalTo("Det efterfrågade hittades inte"))
                .body("detail", equalTo("Överenskommelsen " + id + " hittades inte"));
        COORDINATOR_VASTMANLAND
                .request()
                .header("Accept-Language", "fr, en;q=0.5")
                .get("/api/v1/agreements/" + id)
                .then()
                .statusCode(404)
                .body("detail", equalTo("Agreement " + id + " was not found"));
        COORDINATOR_VASTMANLAND
                .request()
                .header("Accept-Language", "sv")
                .contentType(ContentType.JSON)
                .body(TestData.with(TestData.organisation(), "name", " "))
                .post(Organisations.PATH)
                .then()
                .statusCode(400)
                .body("errors.find { it.field == 'name' }.message", equalTo("får inte vara tomt"));
    }

    @Test
    void rendersTheKeyInTheLanguageWithItsArguments() {
        org.junit.jupiter.api.Assertions.assertEquals(
                "Okänt fält: colour",
                se.samverkan.common.problem.ProblemLocalisationProbe.render(
                        "sv", "problem.unknown-property", "colour"));
        org.junit.jupiter.api.Assertions.assertEquals(
                "Unknown property: colour",
                se.samverkan.common.problem.ProblemLocalisationProbe.render(
                        "en", "problem.unknown-property", "colour"));
        // Arguments are written as text: a year keeps no grouping separator, a quote in the pattern stays.
        org.junit.jupiter.api.Assertions.assertEquals(
                "The agreement already has a follow-up round for 2026",
                se.samverkan.common.problem.ProblemLocalisationProbe.render("en", "followup.one-round-per-year", 2026));
    }
}
