package se.samverkan.agreement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.Agreements.PATH;
import static se.samverkan.support.Agreements.VASTMANLAND_ROK;
import static se.samverkan.support.Agreements.VG_2021;
import static se.samverkan.support.Agreements.VG_2024;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;

/** The published agreements as the public reads them: the seed documents, lists, filters and search. */
@QuarkusTest
class AgreementReadTest {

    @Test
    void theVastmanlandAgreementReadsLikeTheDocument() {
        ANONYMOUS
                .request()
                .get(PATH + "/" + VASTMANLAND_ROK)
                .then()
                .statusCode(200)
                .body("kind", equalTo("REGIONAL"))
                .body("status", equalTo("EXPIRED"))
                .body("firstYear", equalTo(2016))
                .body("lastYear", equalTo(2020))
                .body("reportNumber", equalTo("Rapport 2016:09"))
                .body("countyName", equalTo("Västmanlands län"))
                .body(
                        "goalAreas.number",
                        equalTo(List.of("3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9")))
                .body("goalAreas.find { it.number == '3.2' }.title", equalTo("Hälsa"))
                .body("parties", hasSize(16))
                .body(
                        "parties.find { it.organisation.name == 'Västerås stad' }.signatories[0].name",
                        equalTo("Anders Teljebäck"))
                .body(
                        "parties.find { it.organisation.name == 'Västerås stad' }.signatories[0].title",
                        equalTo("Kommunstyrelsens ordförande"))
                .body(
                        "parties.find { it.organisation.name == 'Länsstyrelsen Västmanlands län' }.signatories[0].name",
                        equalTo("Minoo Akhtarzand"))
                .body(
                        "parties.find { it.organisation.name == 'Arbetsförmedlingen Norra Mälardalen' }.signatories",
                        hasSize(2))
                .body("legalBasis.sfs", hasItems("2010:197", "2008:567"))
                .body("perspectives", hasItem("GENDER_EQUALITY"))
                .body("permissions.edit", equalTo(false));
    }

    @Test
    void whatTheAgreementDoesNotSayIsMarked() {
        String area = "goalAreas.find { it.number == '%s' }.";
        ANONYMOUS
                .request()
                .get(PATH + "/" + VASTMANLAND_ROK)
                .then()
                .statusCode(200)
                // EXPIRED follows the product's rule; the document says nothing of it.
                .body("provenance.kind", equalTo("INFERRED"))
                .body("provenance.inferred", hasItem("status"))
                .body("provenance.source", org.hamcrest.Matchers.startsWith("vastmanland-rok-2016-2020.txt"))
                // Only Arboga and Köping are named on the signature page.
                .body("parties.find { it.organisation.name == 'Arboga kommun' }.provenance.kind", equalTo("SOURCE"))
                .body(
                        "parties.find { it.organisation.name == 'Västerås stad' }.provenance.inferred",
                        contains("organisation"))
                // Levels: 3.1 and 3.9 state them, 3.2–3.8 do not.
                .body(area.formatted("3.1") + "responsibilities.level", containsInAnyOrder("REGIONAL", "LOCAL", null))
                .body(area.formatted("3.2") + "responsibilities.level", everyItem(nullValue()))
                .body(area.formatted("3.8") + "responsibilities.level", everyItem(nullValue()))
                // "Övriga parter: civilsamhället" and "VKL genom projekt Bosättning Västmanland (§37) 2016".
                .body(
                        area.formatted("3.9") + "responsibilities.find { it.kind == 'OTHER' }.collectiveParty",
                        equalTo("civilsamhället"))
                .body(
                        area.formatted("3.9") + "responsibilities.find { it.kind == 'OTHER' }.coveredOrganisations",
                        hasSize(0))
                .body(
                        area.formatted("3.6") + "responsibilities.find { it.qualifier != null }.organisation.name",
                        equalTo("Västmanlands Kommuner och Landsting"))
                .body(
                        area.formatted("3.6") + "responsibilities.find { it.qualifier != null }.qualifier",
                        equalTo("genom projekt Bosättning Västmanland (§37) 2016"));
    }

    @Test
    void allOtherSignatoriesAreResolvedWithoutListingThemByHand() {
        var goalArea = ANONYMOUS
                .request()
                .get(PATH + "/" + VASTMANLAND_ROK)
                .then()
                .extract()
                .jsonPath()
                .getMap("goalAreas.find { it.responsibilities.any { r -> r.allOtherSignatories } }");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> responsibilities = (List<Map<String, Object>>) goalArea.get("responsibilities");
        Map<String, Object> others = responsibilities.stream()
                .filter(r -> Boolean.TRUE.equals(r.get("allOtherSignatories")))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> covered = (List<Map<String, Object>>) others.get("coveredOrganisations");
        List<Object> named = responsibilities.stream()
                .filter(r -> r.get("organisation") != null)
                .<Object>map(r -> ((Map<?, ?>) r.get("organisation")).get("id"))
                .toList();
        org.junit.jupiter.api.Assertions.assertFalse(covered.isEmpty());
        covered.forEach(o ->
                org.junit.jupiter.api.Assertions.assertFalse(named.contains(o.get("id")), "named party listed again"));
        org.junit.jupiter.api.Assertions.assertEquals(null, others.get("organisation"));
    }

    @Test
    void vastraGotaland2024FocusIsAYearlyPriority() {
        ANONYMOUS
                .request()
                .get(PATH + "/" + VG_2024)
                .then()
                .statusCode(200)
                .body("supersedes.id", equalTo(VG_2021))
                .body("goalAreas", hasSize(5))
                .body("goalAreas.findAll { it.kind == 'GOAL_AREA' }.number", contains("1", "2", "3", "4"))
                .body("goalAreas[0].priorities[0].year", equalTo(2024))
                .body("goalAreas[0].priorities[0].points", not(hasSize(0)))
                // "Vi kommer även att fortsätta följa den statliga närvaron …": an area followed, with its 2024 focus.
                .body("goalAreas[4].kind", equalTo("MONITORED_AREA"))
                .body("goalAreas[4].number", nullValue())
                .body("goalAreas[4].priorities[0].year", equalTo(2024))
                .body("goalAreas[4].priorities[0].points", hasSize(3))
                .body("provenance.inferred", hasItems("status", "supersedes"));
        ANONYMOUS
                .request()
                .get(PATH + "/" + VG_2021)
                .then()
                .body("status", equalTo("SUPERSEDED"))
                .body("supersededBy.id", hasItem(VG_2024));
    }

    @Test
    void publicListShowsOnlyPublishedAgreements() {
        Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        ANONYMOUS
                .request()
                .queryParam("size", 100)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.status", everyItem(org.hamcrest.Matchers.oneOf("ADOPTED", "EXPIRED", "SUPERSEDED")))
                .body("items.id", hasItems(VASTMANLAND_ROK, VG_2021, VG_2024));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "kind,STRATEGY,Västerbotten",
        "county,14,Västra Götaland",
        "year,2018,Västmanland",
        "targetGroup,UNACCOMPANIED_MINORS,Västmanland"
    })
    void filters(String parameter, String value, String expectedTitleFragment) {
        ANONYMOUS
                .request()
                .queryParam(parameter, value)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0))
                .body("items.title", hasItem(org.hamcrest.Matchers.containsString(expectedTitleFragment)));
    }

    @Test
    void inForceFilterCoversThePeriod() {
        ANONYMOUS
                .request()
                .queryParam("year", 2024)
                .queryParam("county", "14")
                .get(PATH)
                .then()
                .body("items.id", equalTo(List.of(VG_2024)));
        ANONYMOUS.request().queryParam("year", 2015).get(PATH).then().body("total", equalTo(0));
    }

    @Test
    void filtersByPartyOrganisation() {
        ANONYMOUS
                .request()
                .queryParam(
                        "organisation",
                        DemoDataLoader.organisationId("statens-servicecenter").toString())
                .get(PATH)
                .then()
                .body("items.id", equalTo(List.of(VG_2024)));
    }

    @Test
    void searchUsesSwedishStemming() {
        // The agreement's text says "bostäder"; its goal areas speak of "bostad" and "bostadsförsörjning".
        ANONYMOUS
                .request()
                .queryParam("q", "bostad")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(VASTMANLAND_ROK));
        ANONYMOUS
                .request()
                .queryParam("q", "bostäderna")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(VASTMANLAND_ROK));
        ANONYMOUS
                .request()
                .queryParam("q", "ensamkommande barnen")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(VASTMANLAND_ROK));
        ANONYMOUS
                .request()
                .queryParam("q", "rymdforskning")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void searchFindsADraftBySingularAndPluralButOnlyForThoseWhoSeeIt() {
        var body = Agreements.input("19");
        String marker = Long.toString(System.nanoTime());
        body.put("purpose", "Fler bostäder till nyanlända i länet, projekt " + marker);
        String id = Agreements.create(COORDINATOR_VASTMANLAND, body);
        COORDINATOR_VASTMANLAND
                .request()
                .queryParam("q", "bostad " + marker)
                .get(PATH)
                .then()
                .body("items.id", equalTo(List.of(id)));
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .queryParam("q", "bostad " + marker)
                .get(PATH)
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void sortsByTitle() {
        List<String> titles = ANONYMOUS
                .request()
                .queryParam("sort", "title")
                .queryParam("size", 100)
                .get(PATH)
                .path("items.title");
        List<String> sorted =
                titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        org.junit.jupiter.api.Assertions.assertEquals(sorted, titles);
    }

    @Test
    void comparesTheRevisionWithItsPredecessor() {
        ANONYMOUS
                .request()
                .queryParam("with", VG_2021)
                .get(PATH + "/" + VG_2024 + "/comparison")
                .then()
                .statusCode(200)
                .body("from.id", equalTo(VG_2021))
                .body("to.id", equalTo(VG_2024))
                .body("partiesAdded.name", hasItem("Statens servicecenter"))
                .body(
                        "partiesRemoved.name",
                        containsInAnyOrder(
                                "Fyrbodals kommunalförbund",
                                "Boråsregionen, Sjuhärads kommunalförbund",
                                "Skaraborgs Kommunalförbund"))
                .body("goalAreas", hasSize(5))
                .body("goalAreas.change", everyItem(equalTo("CHANGED")))
                .body("goalAreas[4].fields.field", contains("title", "goal"))
                .body("goalAreas[0].focusYearBefore", equalTo(2021))
                .body("goalAreas[0].focusYearAfter", equalTo(2024))
                .body("goalAreas[0].focusAdded", not(hasSize(0)))
                .body("fields.field", hasItem("period"));
        // Either direction gives older → newer.
        ANONYMOUS
                .request()
                .queryParam("with", VG_2024)
                .get(PATH + "/" + VG_2021 + "/comparison")
                .then()
                .statusCode(200)
                .body("from.id", equalTo(VG_2021));
    }

    @Test
    void comparisonOutsideTheChainIsAFieldError() {
        ANONYMOUS
                .request()
                .queryParam("with", VASTMANLAND_ROK)
                .get(PATH + "/" + VG_2024 + "/comparison")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("with"));
        ANONYMOUS
                .request()
                .get(PATH + "/" + VG_2024 + "/comparison")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("with"));
    }

    @Test
    void publicHistoryOfAPublishedAgreement() {
        ANONYMOUS
                .request()
                .get(PATH + "/" + VASTMANLAND_ROK + "/history")
                .then()
                .statusCode(200)
                .body("actor", hasItem(DemoDataLoader.ACTOR))
                .body("summary", hasItem(org.hamcrest.Matchers.containsString("Rapport 2016:09")));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
        "kind,RUS",
        "status,VALID",
        "county,9",
        "year,1800",
        "targetGroup,ALL",
        "size,0",
        "page,-1",
        "sort,popularity",
        "organisation,x"
    })
    void invalidListParametersNameTheField(String parameter, String value) {
        ANONYMOUS
                .request()
                .queryParam(parameter, value)
                .get(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(parameter));
    }
}
