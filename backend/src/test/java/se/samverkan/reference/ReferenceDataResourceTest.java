package se.samverkan.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataResourceTest {

    @Test
    void listsAllCountiesWithOfficialCodes() {
        given().get("/api/v1/counties")
                .then()
                .statusCode(200)
                .body("", hasSize(21))
                .body("find { it.code == '19' }.name", equalTo("Västmanlands län"))
                .body("find { it.code == '14' }.name", equalTo("Västra Götalands län"))
                .body("code[0]", equalTo("01"));
    }

    @Test
    void listsAllMunicipalities() {
        given().get("/api/v1/municipalities").then().statusCode(200).body("", hasSize(290));
    }

    @Test
    void filtersMunicipalitiesByCounty() {
        given().queryParam("county", "19")
                .get("/api/v1/municipalities")
                .then()
                .statusCode(200)
                .body("", hasSize(10))
                .body("countyCode", everyItem(equalTo("19")))
                .body("find { it.code == '1980' }.name", equalTo("Västerås"));
    }

    @Test
    void unknownCountyIsAFieldError() {
        given().queryParam("county", "99")
                .get("/api/v1/municipalities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:validation"))
                .body("errors.field", hasItem("county"));
    }

    @Test
    void malformedCountyIsAFieldError() {
        given().queryParam("county", "x")
                .get("/api/v1/municipalities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("county"))
                .body("errors[0].message", equalTo("must be a two-digit county code"));
    }
}
