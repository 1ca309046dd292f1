package se.samverkan.forum;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.Forums.ITEMS;
import static se.samverkan.support.Forums.MEETINGS;
import static se.samverkan.support.Forums.PATH;
import static se.samverkan.support.Forums.STRUCTURE;
import static se.samverkan.support.Forums.demo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Forums;

/** The forums of the seed documents as the public reads them. */
@QuarkusTest
class ForumDemoDataTest {

    private static final String MIGRATION_COUNCIL_MEETING =
            DemoDataLoader.meetingId("migrationsradet-2018-03-16").toString();

    @Test
    void vastraGotalandIsDrawnByLevelLikeFigureOne() {
        ANONYMOUS
                .request()
                .get(STRUCTURE + "14")
                .then()
                .statusCode(200)
                .body("countyName", equalTo("Västra Götalands län"))
                .body("levels.level", contains("NATIONAL", "REGIONAL", "SUBREGIONAL", "LOCAL"))
                .body("levels[0].forums.name", contains("Samverkansdelegationen"))
                .body(
                        "levels[0].forums[0].memberOrganisations.name",
                        containsInAnyOrder(
                                "Arbetsförmedlingen",
                                "Försäkringskassan",
                                "Migrationsverket",
                                "Sveriges Kommuner och Regioner"))
                .body("levels[1].forums.name", contains("Det regionala samrådet inom migration och integration"))
                .body("levels[1].forums[0].convener.name", equalTo("Länsstyrelsen Västra Götalands län"))
                .body(
                        "levels[1].forums[0].workingGroups.name",
                        contains("Arbetsgruppen till den regionala samrådsgruppen"))
                .body("levels[1].forums[0].workingGroups[0].relation", equalTo("PREPARES_FOR"))
                .body(
                        "levels[1].forums[0].memberOrganisations.name",
                        containsInAnyOrder(
                                "Arbetsförmedlingen",
                                "Migrationsverket",
                                "Statens servicecenter",
                                "Västra Götalandsregionen"))
                .body(
                        "levels[2].forums.name",
                        containsInAnyOrder(
                                "Delregionalt samråd Fyrbodal",
                                "Delregionalt samråd Sjuhärad",
                                "Delregionalt samråd Skaraborg",
                                "GR-nätverket för mottagande och integration"))
                .body(
                        "levels[2].forums.find { it.kind == 'NETWORK' }.convener.name",
                        equalTo("Göteborgsregionens kommunalförbund"))
                .body("levels[3].forums", hasSize(0))
                .body("links", hasSize(5))
                .body(
                        "links.findAll { it.toId == '" + demo("vg-regionala-samradet") + "' }.fromName",
                        containsInAnyOrder(
                                "Arbetsgruppen till den regionala samrådsgruppen",
                                "Delregionalt samråd Fyrbodal",
                                "Delregionalt samråd Sjuhärad",
                                "Delregionalt samråd Skaraborg",
                                "GR-nätverket för mottagande och integration"))
                // The documents name the delegation but do not say that the regional consultation reports to it.
                .body("links.findAll { it.toId == '" + demo("samverkansdelegationen") + "' }", hasSize(0))
                .body("canCreateForum", equalTo(false));
    }

    @Test
    void theRegionalConsultationHasItsPurposesAndManagers() {
        ANONYMOUS
                .request()
                .get(PATH + "/" + demo("vg-regionala-samradet"))
                .then()
                .statusCode(200)
                .body("purposes", hasSize(4))
                .body("purposes[3]", equalTo("Att uppmärksamma gemensamma intressen och utmaningar nationellt."))
                .body("members.role", everyItem(equalTo("MANAGER")))
                .body(
                        "linkedFrom.name",
                        hasItems(
                                "Arbetsgruppen till den regionala samrådsgruppen",
                                "GR-nätverket för mottagande och integration"))
                .body(
                        "agreements.id",
                        containsInAnyOrder(
                                DemoDataLoader.agreementId("vastra-gotaland-2024")
                                        .toString(),
                                DemoDataLoader.agreementId("vastra-gotaland-2021")
                                        .toString()))
                .body("permissions.edit", equalTo(false))
                .body("permissions.readInternal", equalTo(false));
        ANONYMOUS
                .request()
                .get(PATH + "/" + demo("vg-arbetsgruppen"))
                .then()
                .body("kind", equalTo("WORKING_GROUP"))
                .body(
                        "members.find { it.organisation.name == 'Göteborgsregionens kommunalförbund' }.description",
                        equalTo("Representanter från de delregionala samråden/GR-nätverket"))
                .body("members.role", everyItem(equalTo("EXPERT")));
    }

    @Test
    void theDelegationsMembersAreAsListedAndTheSubRegionsAreMarkedAsInferred() {
        ANONYMOUS
                .request()
                .get(PATH + "/" + demo("samverkansdelegationen"))
                .then()
                .statusCode(200)
                .body(
                        "members.collect { it.organisation?.name ?: it.collectiveName }",
                        contains(
                                "Arbetsförmedlingen",
                                "Försäkringskassan",
                                "länsstyrelserna",
                                "Migrationsverket",
                                "Sveriges Kommuner och Regioner"))
                .body("members.find { it.collectiveName == 'länsstyrelserna' }.organisation", nullValue());
        ANONYMOUS
                .request()
                .get(PATH + "/" + demo("vg-delregionalt-samrad-fyrbodal"))
                .then()
                .statusCode(200)
                .body("convener.name", equalTo("Länsstyrelsen Västra Götalands län"))
                .body("municipalities", hasSize(14))
                .body("municipalities.name", hasItems("Uddevalla", "Trollhättan", "Åmål"))
                .body("provenance.kind", equalTo("INFERRED"))
                .body("provenance.inferred", containsInAnyOrder("name", "municipalities"));
        ANONYMOUS
                .request()
                .get(PATH + "/" + demo("gr-natverket"))
                .then()
                .body("convener.name", equalTo("Göteborgsregionens kommunalförbund"))
                .body("municipalities.name", hasItems("Göteborg", "Kungsbacka"))
                .body("provenance.inferred", hasItem("municipalities"));
    }

    @Test
    void vastmanlandHasTheThreeForumsOfAppendixOne() {
        ANONYMOUS
                .request()
                .get(STRUCTURE + "19")
                .then()
                .body(
                        "levels[1].forums.name",
                        hasItems("Integrationsrådet", "Beredningsgruppen", "Regionala samverkansgruppen"))
                .body("links.find { it.fromName == 'Beredningsgruppen' }.toName", equalTo("Integrationsrådet"))
                .body("links.find { it.fromName == 'Beredningsgruppen' }.relation", equalTo("PREPARES_FOR"))
                .body(
                        "links.find { it.fromName == 'Regionala samverkansgruppen' }.toName",
                        equalTo("Beredningsgruppen"));
        ANONYMOUS
                .request()
                .get(PATH + "/" + demo("vastmanland-integrationsradet"))
                .then()
                // "Länsstyrelsen, Landshövdingen samman kallar Integrationsrådet": who chairs it the agreement does not
                // say.
                .body("chair", nullValue())
                .body("provenance.note", containsString("ordförande"))
                .body("meetingsPerYear", equalTo(4))
                .body("convener.name", equalTo("Länsstyrelsen Västmanlands län"))
                .body("mandate", hasSize(5))
                .body(
                        "mandate[1]",
                        equalTo(
                                "Prioritera och besluta om mål och inriktning för samarbetet inom den Regionala överenskommelsen (RÖK)"))
                .body("members", hasSize(17))
                .body(
                        "members.find { it.organisation.name == 'Västerås stad' }.description",
                        equalTo("Kommunstyrelsens ordförande och/eller annan politisk representant utsedd av kommunen"))
                .body(
                        "members.find { it.organisation.name == 'Arbetsförmedlingen Norra Mälardalen' }.description",
                        equalTo(
                                "Marknadschef Arbetsförmedlingen, Norra Mälardalen samt representanter utsedda av Arbetsförmedlingen"))
                .body("members.find { it.organisation.name == 'Polisregion Mitt' }.role", nullValue())
                .body("invitedAsNeeded", containsString("näringslivet, civilsamhället, högskolan"));
        ANONYMOUS
                .request()
                .get(PATH + "/" + demo("vastmanland-beredningsgruppen"))
                .then()
                .body("parent.name", equalTo("Integrationsrådet"))
                .body("parent.relation", equalTo("PREPARES_FOR"))
                .body(
                        "mandate[0]",
                        equalTo(
                                "Ta emot och behandla inkomna frågor och förslag till samverkansinsatser från den Regionala samverkansgruppen"))
                .body(
                        "members.organisation.name",
                        hasItems("Samordningsförbundet Västerås", "Arbetsförmedlingen", "Migrationsverket"));
        ANONYMOUS
                .request()
                .get(PATH + "/" + demo("vastmanland-regionala-samverkansgruppen"))
                .then()
                .body("mandate", hasSize(4))
                .body("parent.relation", equalTo("REPORTS_TO"));
    }

    @Test
    void theMigrationCouncilAdoptedTheThreeStrategiesAndGaveTheDialogueGroupItsMedskick() {
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + MIGRATION_COUNCIL_MEETING)
                .then()
                .statusCode(200)
                .body("forum.name", equalTo("Migrationsrådet"))
                .body("date", equalTo("2018-03-16"))
                .body("startTime", nullValue())
                .body("minutesPublished", equalTo(true))
                .body(
                        "agenda.title",
                        hasItems(
                                "Frågeställning 1: Kan ni anta dessa tre prioriteringar?",
                                "Frågeställning 2: På vilket sätt kan Migrationsrådet stödja det fortsatta utvecklingsarbetet?"))
                .body("agenda.find { it.presenter == 'Kajsa Rosén, Strategirådet' }.kind", equalTo("PRESENTATION"));
        var minutes = ANONYMOUS
                .request()
                .get(MEETINGS + "/" + MIGRATION_COUNCIL_MEETING + "/minutes")
                .then()
                .statusCode(200);
        String question1 = "items.find { it.title.startsWith('Frågeställning 1') }";
        minutes.body(question1 + ".decisions", hasSize(1))
                .body(
                        question1 + ".decisions[0].text",
                        containsString("beslutade Migrationsrådet att anta de tre övergripande strategierna"))
                .body(question1 + ".decisions[0].outcome", equalTo("ADOPTED"))
                .body(question1 + ".decisions[0].subject", equalTo("STRATEGY"))
                .body(
                        question1 + ".decisions[0].agreement.title",
                        equalTo("Regional utvecklingsstrategi (RUS) Västerbotten 2018-2021"))
                .body(question1 + ".actionItems", hasSize(9))
                .body(question1 + ".actionItems.title", hasItem("Det måste läggas ett genusperspektiv på allt"))
                .body(question1 + ".actionItems.assigneeForum.name", everyItem(equalTo("Dialoggruppen")))
                .body(question1 + ".actionItems.status", everyItem(equalTo("OPEN")))
                // The medskick went to the dialogue group; that the county board owns them is inferred, and marked.
                .body(question1 + ".actionItems.provenance.inferred", everyItem(hasItems("owner", "status")))
                .body(
                        "items.find { it.title.startsWith('Frågeställning 2') }.actionItems[0].owner.name",
                        equalTo("Länsstyrelsen Västerbottens län"))
                .body("attendees.name", hasItem("Kajsa Rosén"));
        ANONYMOUS
                .request()
                .queryParam("forum", demo("vasterbotten-migrationsradet"))
                .queryParam("size", 100)
                .get(ITEMS)
                .then()
                .body("total", equalTo(10));
    }

    @Test
    void theDialogueGroupHasItsTenNamedRepresentatives() {
        var group = ANONYMOUS
                .request()
                .get(PATH + "/" + demo("vasterbotten-dialoggruppen"))
                .then()
                .body("kind", equalTo("WORKING_GROUP"))
                .body("parent.name", equalTo("Migrationsrådet"))
                .body("members", hasSize(10))
                .body(
                        "members.find { it.organisation.name == 'Arbetsförmedlingen' }.representatives[0].name",
                        equalTo("Kristina Palo"))
                .body(
                        "members.find { it.organisation.name == 'Svenska Röda Korset' }.representatives[0].name",
                        equalTo("Nils Rådström"));
        List<String> names = group.extract().jsonPath().getList("members.representatives.flatten().name");
        org.junit.jupiter.api.Assertions.assertEquals(10, names.size());
        ANONYMOUS
                .request()
                .get(STRUCTURE + "24")
                .then()
                .body("levels[1].forums.name", contains("Migrationsrådet"))
                .body("levels[1].forums[0].workingGroups.name", contains("Dialoggruppen"));
    }

    @Test
    void listsFilterByCountyAndLevel() {
        ANONYMOUS
                .request()
                .queryParam("county", "19")
                .get(PATH)
                .then()
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .body("items.countyCode", everyItem(equalTo("19")));
        ANONYMOUS
                .request()
                .queryParam("level", "NATIONAL")
                .get(PATH)
                .then()
                .body("items.name", hasItem("Samverkansdelegationen"))
                .body("items.countyCode", everyItem(nullValue()));
        ANONYMOUS
                .request()
                .queryParam("q", "beredning")
                .get(PATH)
                .then()
                .body("items.name", hasItem("Beredningsgruppen"));
        Forums.etag(PATH + "/" + demo("vastmanland-integrationsradet"));
    }
}
