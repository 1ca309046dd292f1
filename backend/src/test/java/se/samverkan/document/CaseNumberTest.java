package se.samverkan.document;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverkan.support.Agreements;
import se.samverkan.support.Forums;
import se.samverkan.support.TestData;

/** Case numbers (diarienummer) on agreements and decisions: optional, in the shape registers write them. */
@QuarkusTest
class CaseNumberTest {

    @Test
    void anAgreementAndADecisionKeepTheirCaseNumbers() {
        String id = Agreements.create(
                COORDINATOR_VASTMANLAND, TestData.with(Agreements.input("19"), "caseNumber", "851-1234-2016"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + id)
                .then()
                .body("caseNumber", equalTo("851-1234-2016"));

        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(1));
        String item = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Beslut om planen", "DECISION");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "Rådet antog planen",
                        "outcome",
                        "ADOPTED",
                        "subject",
                        "OTHER",
                        "caseNumber",
                        "KS 2016/123"))
                .post(Forums.MEETINGS + "/" + meeting + "/agenda-items/" + item + "/decisions")
                .then()
                .statusCode(201)
                .body("caseNumber", equalTo("KS 2016/123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "ingen siffra", "-851-1234", "851-1234-2016-851-1234-2016-851-1234-2016-99"})
    void anythingElseIsAValidationProblemNamingTheField(String caseNumber) {
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(TestData.with(Agreements.input("19"), "caseNumber", caseNumber))
                .post(Agreements.PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("caseNumber"));
    }
}
