package se.samverkan.organisation;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.Organisations.PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Organisations;
import se.samverkan.support.TestData;

@QuarkusTest
class OrganisationResourceTest {

    private static final String VASTERAS =
            DemoDataLoader.organisationId("vasteras-stad").toString();
    private static final String ARBETSFORMEDLINGEN =
            DemoDataLoader.organisationId("arbetsformedlingen").toString();

    // ---- reading ----------------------------------------------------------------------------

    @Test
    void listsAPageWithTheTotal() {
        ANONYMOUS
                .request()
                .queryParam("size", 5)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("total", greaterThanOrEqualTo(40))
                .body("page", equalTo(0))
                .body("size", equalTo(5));
    }

    @Test
    void pagesDoNotOverlap() {
        List<String> first = ANONYMOUS
                .request()
                .queryParam("size", 5)
                .queryParam("county", "19")
                .get(PATH)
                .path("items.id");
        List<String> second = ANONYMOUS
                .request()
                .queryParam("size", 5)
                .queryParam("page", 1)
                .queryParam("county", "19")
                .get(PATH)
                .path("items.id");
        assertEquals(5, second.size());
        second.forEach(id -> assertEquals(false, first.contains(id)));
    }

    @Test
    void badQueryParametersAreOneProblemNamingEach() {
        ANONYMOUS
                .request()
                .queryParam("type", "PARISH")
                .queryParam("county", "1")
                .queryParam("page", "-1")
                .queryParam("size", "many")
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                // The guard refuses type and size; the rest of the query record is still validated, so all four are
                // named.
                .body("errors.field", containsInAnyOrder("type", "county", "page", "size"))
                .body(
                        "errors.find { it.field == 'type' }.message",
                        startsWith("must be one of [COUNTY_ADMINISTRATIVE_BOARD,"));
        // Bean Validation on the query record, once the guard let the values through.
        ANONYMOUS
                .request()
                .queryParam("county", "1")
                .queryParam("page", "-1")
                .queryParam("sort", "colour")
                .get(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("county", "page", "sort"));
    }

    @Test
    void filtersByTypeAndCounty() {
        ANONYMOUS
                .request()
                .queryParam("type", "MUNICIPALITY")
                .queryParam("county", "19")
                .queryParam("size", 50)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(10))
                .body("items.type", everyItem(equalTo("MUNICIPALITY")))
                .body("items.countyCode", everyItem(equalTo("19")))
                .body("items.name", hasItem("Västerås stad"))
                .body("items[0].name", equalTo("Arboga kommun"));
    }

    @Test
    void searchesByNameIgnoringCase() {
        ANONYMOUS
                .request()
                .queryParam("q", "VÄSTERÅS")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Västerås stad"))
                .body("items.name", hasItem("Samordningsförbundet Västerås"));
    }

    @Test
    void searchesByOrganisationNumberWithOrWithoutDash() {
        ANONYMOUS
                .request()
                .queryParam("q", "212000-2080")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Västerås stad"));
        ANONYMOUS
                .request()
                .queryParam("q", "2120002080")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        ANONYMOUS
                .request()
                .queryParam("q", "%")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void sortsDescendingByName() {
        List<String> names = ANONYMOUS
                .request()
                .queryParam("county", "19")
                .queryParam("type", "MUNICIPALITY")
                .queryParam("sort", "-name")
                .get(PATH)
                .path("items.name");
        assertEquals("Västerås stad", names.get(0));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"size,0", "size,101", "page,-1", "sort,population", "type,CHURCH", "county,9", "county,99"})
    void invalidListParametersNameTheField(String parameter, String value) {
        ANONYMOUS
                .request()
                .queryParam(parameter, value)
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:validation"))
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void getsOneWithItsVersionAsETag() {
        var response = ANONYMOUS.request().get(PATH + "/" + VASTERAS);
        response.then()
                .statusCode(200)
                .body("name", equalTo("Västerås stad"))
                .body("type", equalTo("MUNICIPALITY"))
                .body("organisationNumber", equalTo("2120002080"))
                .body("countyName", equalTo("Västmanlands län"))
                .body("municipalityName", equalTo("Västerås"))
                .body("createdBy", equalTo(DemoDataLoader.ACTOR))
                .body("permissions.update", equalTo(false));
        assertEquals("\"" + response.path("version") + "\"", response.header("ETag"));
    }

    @Test
    void showsSubUnits() {
        ANONYMOUS
                .request()
                .get(PATH + "/" + ARBETSFORMEDLINGEN)
                .then()
                .statusCode(200)
                .body("children.name", hasItem("Arbetsförmedlingen Norra Mälardalen"));
    }

    @Test
    void unknownIdIsNotFound() {
        ANONYMOUS
                .request()
                .get(PATH + "/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:not-found"))
                .body("detail", containsString("00000000-0000-0000-0000-000000000000"));
    }

    // ---- creating ---------------------------------------------------------------------------

    @Test
    void createsWithLocationETagAndAuthor() {
        Map<String, Object> body = TestData.organisation();
        String number = (String) body.get("organisationNumber");
        body.put("organisationNumber", number.substring(0, 6) + "-" + number.substring(6));
        var response = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH);
        response.then()
                .statusCode(201)
                .header("Location", containsString(PATH + "/" + response.path("id")))
                .header("ETag", equalTo("\"0\""))
                .body("organisationNumber", equalTo(number))
                .body("countyName", equalTo("Västmanlands län"))
                .body("createdBy", equalTo("coordinator.vastmanland"))
                .body("updatedBy", equalTo("coordinator.vastmanland"))
                .body("createdAt", notNullValue())
                .body("permissions.update", equalTo(true));
        Organisations.get(response.path("id")).then().statusCode(200).body("name", equalTo(body.get("name")));
    }

    @Test
    void derivesTheCountyFromTheMunicipality() {
        Map<String, Object> body =
                TestData.with(TestData.without(TestData.organisation(), "countyCode"), "municipalityCode", "1980");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .body("countyCode", equalTo("19"))
                .body("municipalityName", equalTo("Västerås"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name|''|must not be blank",
                "name|'   '|must not be blank",
                "organisationNumber|2021002115|must be ten digits (NNNNNN-NNNN) with a valid check digit",
                "organisationNumber|5560000000|must be ten digits (NNNNNN-NNNN) with a valid check digit",
                "organisationNumber|12345|must be ten digits (NNNNNN-NNNN) with a valid check digit",
                "countyCode|1|must be a two-digit county code",
                "countyCode|98|no county has the code 98",
                "municipalityCode|1480|Göteborg is not in county 19",
                "municipalityCode|0000|no municipality has the code 0000",
                "website|www.example.se|must be a web address starting with https://",
                "parentId|00000000-0000-0000-0000-000000000001|no organisation has the id 00000000-0000-0000-0000-000000000001",
            })
    void refusesInvalidFieldsAndNamesThem(String field, String value, String message) {
        assertRefused(TestData.with(TestData.organisation(), field, value), field, message);
    }

    @Test
    void refusesMissingType() {
        assertRefused(TestData.without(TestData.organisation(), "type"), "type", "must be given");
    }

    @Test
    void refusesAMunicipalityWithoutMunicipalityCode() {
        assertRefused(
                TestData.with(TestData.organisation(), "type", "MUNICIPALITY"),
                "municipalityCode",
                "is required for a municipality");
    }

    @Test
    void refusesARegionWithoutCounty() {
        assertRefused(
                TestData.with(TestData.without(TestData.organisation(), "countyCode"), "type", "REGION"),
                "countyCode",
                "is required for a county administrative board or a region");
    }

    @Test
    void refusesAnOverlongName() {
        assertRefused(
                TestData.with(TestData.organisation(), "name", "x".repeat(201)),
                "name",
                "must be at most 200 characters");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        Map<String, Object> body =
                TestData.with(TestData.with(TestData.organisation(), "name", ""), "organisationNumber", "1");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("organisationNumber"));
    }

    @Test
    void refusesUnknownProperties() {
        assertRefused(TestData.with(TestData.organisation(), "colour", "blue"), "colour", "is not a known property");
    }

    @Test
    void refusesAnUnknownType() {
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(TestData.with(TestData.organisation(), "type", "CHURCH"))
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("MUNICIPALITY"));
    }

    @Test
    void refusesAWrongJsonType() {
        assertRefused(TestData.with(TestData.organisation(), "name", List.of("a", "b")), "name", "has the wrong type");
    }

    @Test
    void refusesMalformedJson() {
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body("{name: Västerås}")
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:bad-request"));
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void refusesAMissingBody() {
        ADMIN.request()
                .contentType(ContentType.JSON)
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void refusesADuplicateOrganisationNumber() {
        Map<String, Object> body = TestData.with(TestData.organisation(), "organisationNumber", "212000-2080");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:conflict"))
                .body("errors[0].field", equalTo("organisationNumber"))
                .body("errors[0].message", equalTo("is already registered for Västerås stad"));
        ANONYMOUS.request().queryParam("q", body.get("name")).get(PATH).then().body("total", equalTo(0));
    }

    @Test
    void refusesANonJsonBody() {
        ADMIN.request()
                .contentType(ContentType.TEXT)
                .body("name=x")
                .post(PATH)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    // ---- updating ---------------------------------------------------------------------------

    @Test
    void updatesWithIfMatchAndReturnsTheNewETag() {
        Map<String, Object> body = TestData.organisation();
        String id = Organisations.create(COORDINATOR_VASTMANLAND, body);
        String etag = Organisations.etag(id);
        var response = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(TestData.with(body, "website", "https://example.org/ny"))
                .put(PATH + "/" + id);
        response.then()
                .statusCode(200)
                .body("website", equalTo("https://example.org/ny"))
                .body("version", equalTo(1));
        assertNotEquals(etag, response.header("ETag"));
        assertEquals(response.header("ETag"), Organisations.etag(id));
    }

    @Test
    void updateWithoutIfMatchIsRefusedAndChangesNothing() {
        Map<String, Object> body = TestData.organisation();
        String id = Organisations.create(COORDINATOR_VASTMANLAND, body);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(TestData.with(body, "name", "Changed"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:precondition-required"));
        Organisations.get(id).then().body("name", equalTo(body.get("name"))).body("version", equalTo(0));
    }

    @Test
    void secondEditorWithAStaleETagIsRefusedAndTheFirstEditSurvives() {
        Map<String, Object> body = TestData.organisation();
        String id = Organisations.create(COORDINATOR_VASTMANLAND, body);
        String etagSeenByBoth = Organisations.etag(id);

        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etagSeenByBoth)
                .body(TestData.with(body, "mandate", "First editor's mandate"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(200);
        ADMIN.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etagSeenByBoth)
                .body(TestData.with(body, "mandate", "Second editor's mandate"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:precondition-failed"));

        Organisations.get(id)
                .then()
                .body("mandate", equalTo("First editor's mandate"))
                .body("updatedBy", equalTo("coordinator.vastmanland"));
    }

    @Test
    void invalidUpdateLosesNothing() {
        Map<String, Object> body = TestData.organisation();
        String id = Organisations.create(COORDINATOR_VASTMANLAND, body);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Organisations.etag(id))
                .body(TestData.with(body, "organisationNumber", "2021002115"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organisationNumber"));
        Organisations.get(id)
                .then()
                .body("organisationNumber", equalTo(body.get("organisationNumber")))
                .body("version", equalTo(0));
    }

    @Test
    void cannotBecomeItsOwnAncestor() {
        String parent = Organisations.create(COORDINATOR_VASTMANLAND, TestData.organisation());
        String child = Organisations.create(
                COORDINATOR_VASTMANLAND, TestData.with(TestData.organisation(), "parentId", parent));
        Map<String, Object> parentBody = TestData.with(TestData.organisation(), "parentId", child);
        assertRefusedUpdate(parent, parentBody, "parentId");
        assertRefusedUpdate(parent, TestData.with(TestData.organisation(), "parentId", parent), "parentId");
    }

    @Test
    void updateOfUnknownIdIsNotFound() {
        ADMIN.request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(TestData.organisation())
                .put(PATH + "/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404);
    }

    // ---- deleting ---------------------------------------------------------------------------

    @Test
    void deletesAnUnreferencedOrganisation() {
        String id = Organisations.create(COORDINATOR_VASTMANLAND, TestData.organisation());
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Organisations.etag(id))
                .delete(PATH + "/" + id)
                .then()
                .statusCode(204);
        Organisations.get(id).then().statusCode(404);
    }

    @Test
    void deleteNeedsIfMatch() {
        String id = Organisations.create(COORDINATOR_VASTMANLAND, TestData.organisation());
        COORDINATOR_VASTMANLAND.request().delete(PATH + "/" + id).then().statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"7\"")
                .delete(PATH + "/" + id)
                .then()
                .statusCode(412);
        Organisations.get(id).then().statusCode(200);
    }

    @Test
    void doesNotDeleteAnOrganisationThatOthersReferTo() {
        String parent = Organisations.create(COORDINATOR_VASTMANLAND, TestData.organisation());
        Organisations.create(COORDINATOR_VASTMANLAND, TestData.with(TestData.organisation(), "parentId", parent));
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Organisations.etag(parent))
                .delete(PATH + "/" + parent)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("sub-units"));
        Organisations.get(parent).then().statusCode(200);
    }

    private static void assertRefused(Map<String, Object> body, String field, String message) {
        String name = String.valueOf(body.get("name"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:validation"))
                .body("status", equalTo(400))
                .body("instance", equalTo(PATH))
                .body("detail", containsString(field))
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
        if (!name.isBlank() && !"null".equals(name) && name.length() < 200) {
            ANONYMOUS.request().queryParam("q", name).get(PATH).then().body("items.name", not(hasItem(name)));
        }
    }

    private static void assertRefusedUpdate(String id, Map<String, Object> body, String field) {
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Organisations.etag(id))
                .body(body)
                .put(PATH + "/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(field));
        Organisations.get(id).then().body("parentId", nullValue());
    }
}
