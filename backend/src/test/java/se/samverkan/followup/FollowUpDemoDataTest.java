package se.samverkan.followup;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.FollowUps.INDICATORS;
import static se.samverkan.support.FollowUps.ROUNDS;
import static se.samverkan.support.FollowUps.VG_ROUND_2021;
import static se.samverkan.support.FollowUps.assertRule;
import static se.samverkan.support.FollowUps.roundStep;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;

/** The demo follow-up: VG's Bilaga 1 as the rounds of 2020 and 2021, Västmanland's RUP indicators with sample values. */
@QuarkusTest
class FollowUpDemoDataTest {

    private static final String VG_ROUND_2020 =
            DemoDataLoader.followUpRoundId("vastra-gotaland-2020").toString();

    @Test
    void vastraGotalandsAppendixIsTwoRoundsTheActivitiesOf2020AndTheSituationBefore2021() {
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/" + Agreements.VG_2021 + "/follow-up-rounds")
                .then()
                .statusCode(200)
                .body("year", containsInAnyOrder(2020, 2021))
                .body("id", hasItems(VG_ROUND_2020, VG_ROUND_2021));
        for (String round : List.of(VG_ROUND_2020, VG_ROUND_2021)) {
            ANONYMOUS
                    .request()
                    .get(ROUNDS + "/" + round)
                    .then()
                    .statusCode(200)
                    // Public because the document is; neither approved nor compiled in the product.
                    .body("status", equalTo("RECORDED"))
                    .body("provenance.kind", equalTo("SOURCE"))
                    .body("compiledAt", nullValue())
                    // Not printed in the document, so not invented.
                    .body("deadline", nullValue())
                    .body("approvedBy", nullValue())
                    .body("approvedOn", nullValue())
                    .body("tasks", hasSize(4));
        }
        // The document names no author: nobody is credited.
        ANONYMOUS
                .request()
                .get(ROUNDS + "/" + VG_ROUND_2020 + "/report")
                .then()
                .statusCode(200)
                .body("year", equalTo(2020))
                .body(
                        "goalAreas.findAll { it.assessments.size() > 0 }.title",
                        equalTo(List.of("Arbetsmarknad och utbildning", "Hälsa", "Boende", "Demokrati och jämlikhet")))
                .body("goalAreas.aggregateStatus", everyItem(equalTo("NOT_ASSESSED")))
                .body(
                        "goalAreas[1].focus",
                        equalTo(List.of("Under 2020 med särskilt fokus på kvotflyktingars situation.")))
                .body("goalAreas[0].assessments[0].organisation", nullValue())
                .body("goalAreas[0].assessments[0].provenance.inferred", equalTo(List.of("activities.title")))
                .body("goalAreas[1].assessments[0].situation", nullValue())
                .body(
                        "goalAreas.findAll { it.assessments.size() > 0 }.collect { it.assessments[0].activities.size() }",
                        equalTo(List.of(2, 1, 2, 2)))
                .body(
                        "goalAreas[0].assessments[0].activities[0].organisations.name",
                        hasItem("Svenska ESF-rådet Västsverige"))
                .body(
                        "goalAreas[2].assessments[0].activities[1].organisations.name",
                        equalTo(List.of(
                                "Länsstyrelsen Västra Götalands län",
                                "Chalmers tekniska högskola",
                                "Göteborgs universitet")))
                .body("goalAreas[3].assessments[0].activities[1].fundingSource", equalTo("§37a"))
                .body("summary", containsString("Integrationsforum 2020"));
        ANONYMOUS
                .request()
                .get(ROUNDS + "/" + VG_ROUND_2021 + "/report")
                .then()
                .statusCode(200)
                .body("year", equalTo(2021))
                .body(
                        "goalAreas[1].focus",
                        equalTo(
                                List.of(
                                        "Under 2021 med ett särskilt fokus på den psykiska hälsan hos asylsökande och nyanlända.")))
                .body(
                        "goalAreas[1].assessments[0].situation",
                        startsWith("Covid19 har lett till ökad psykisk ohälsa generellt"))
                .body(
                        "goalAreas.findAll { it.assessments.size() > 0 }.collect { it.assessments[0].activities.size() }",
                        equalTo(List.of(0, 0, 0, 0)))
                .body("summary", not(containsString("Integrationsforum 2020")));
    }

    @Test
    void aRecordedRoundIsNeitherChangedNorApprovedByTheCoordinator() {
        for (String step : List.of("compile", "approve")) {
            assertRule(roundStep(COORDINATOR_VASTRA_GOTALAND, VG_ROUND_2020, step), "recorded-from-source");
        }
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(ROUNDS + "/" + VG_ROUND_2020)
                .then()
                .statusCode(200)
                .body("permissions.changeDeadline", equalTo(false))
                .body("permissions.compile", equalTo(false))
                .body("permissions.approve", equalTo(false));
    }

    @Test
    void theDemoReportIsAPublicPdf() throws IOException {
        byte[] pdf = ANONYMOUS
                .request()
                .get(ROUNDS + "/" + VG_ROUND_2021 + "/report.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(
                    text.contains("Uppföljning 2021 Samverkan inom migration och integration i Västra Götaland"), text);
            assertTrue(text.contains("Återgiven ur ett publicerat dokument; inte fastställd i Samverkan"), text);
            assertTrue(text.contains("Nyanlända kvinnor som grupp har det svårare på arbetsmarknaden"), text);
            assertFalse(text.contains("Finansiering: §37a"), "the activities of 2020 are in the round of 2020");
        }
        byte[] pdf2020 = ANONYMOUS
                .request()
                .get(ROUNDS + "/" + VG_ROUND_2020 + "/report.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf2020)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(
                    text.contains("Uppföljning 2020 Samverkan inom migration och integration i Västra Götaland"), text);
            assertTrue(text.contains("Finansiering: §37a"), text);
        }
    }

    @Test
    void vastmanlandsRupIndicatorsCarrySampleValues() {
        String rok = Agreements.VASTMANLAND_ROK;
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/" + rok + "/indicators")
                .then()
                .statusCode(200)
                .body(
                        "name",
                        equalTo(List.of(
                                "Andel nyanlända flyktingar som har arbete inom två år",
                                "Andel företag/organisationer som anger svårigheter att hitta rätt arbetskraft vid rekryteringar",
                                "Andel företagsetableringar i länet")))
                .body("direction", equalTo(List.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER", "HIGHER_IS_BETTER")))
                .body("scope", equalTo(List.of("COUNTY", "COUNTY", "MUNICIPALITY")))
                .body("genderBreakdown", equalTo(List.of(true, false, false)))
                .body("sample", everyItem(equalTo(true)))
                .body("description", everyItem(containsString("påhittade exempeldata")))
                .body("collect { it.goalArea?.number }", equalTo(java.util.Arrays.asList("3.3", null, null)))
                .body("valueCount", equalTo(List.of(15, 5, 30)))
                .body("valueYears[0]", equalTo(List.of(2016, 2017, 2018, 2019, 2020)));
        String work =
                DemoDataLoader.indicatorId("vastmanland-rup-arbete-inom-tva-ar").toString();
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + work + "/values")
                .then()
                .statusCode(200)
                .body("sample", everyItem(equalTo(true)))
                .body("findAll { it.year == 2016 }.gender", equalTo(List.of("TOTAL", "WOMEN", "MEN")));
        String establishments = DemoDataLoader.indicatorId("vastmanland-rup-foretagsetableringar")
                .toString();
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + establishments + "/values")
                .then()
                .body("municipalityName", hasItem("Västerås"))
                .body("findAll { it.year == 2020 }", hasSize(10));
    }
}
