package se.samverkan.survey;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTERBOTTEN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.EDITOR_VASTERAS;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.samverkan.common.csv.Column;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Surveys;

/** A survey from draft to the published picture: rules, answers, races, results, copies and exports. */
@QuarkusTest
class SurveyFlowTest {

    private static final String VASTERAS =
            DemoDataLoader.organisationId("vasteras-stad").toString();
    private static final String ARBETSFORMEDLINGEN =
            DemoDataLoader.organisationId("arbetsformedlingen").toString();

    @Test
    void aDraftAsksTheCountysMunicipalitiesAndEveryIllegalStepIsNamed() {
        Map<String, Object> input = Surveys.input("19");
        String id = Surveys.createdId(COORDINATOR_VASTMANLAND, input);
        ADMIN.request()
                .get(Surveys.PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("recipients", hasSize(10))
                .body("recipients.name", hasItem("Västerås stad"))
                .body("themes.title", contains("Boende", "Skola och utbildning"));
        // With the region: eleven.
        input.put("includeRegion", true);
        ADMIN.request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(ADMIN, Surveys.PATH + "/" + id))
                .body(input)
                .put(Surveys.PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("recipients", hasSize(11));
        // A draft is nobody else's business.
        ANONYMOUS.request().get(Surveys.PATH + "/" + id).then().statusCode(404);
        MEMBER_VASTERAS.request().get(Surveys.PATH + "/" + id).then().statusCode(404);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(Surveys.PATH + "/" + id)
                .then()
                .statusCode(404);

        Surveys.status(COORDINATOR_VASTMANLAND, id, "CLOSED").statusCode(409).body("rule", equalTo("survey-not-open"));
        Surveys.status(COORDINATOR_VASTMANLAND, id, "PUBLISHED")
                .statusCode(409)
                .body("rule", equalTo("survey-not-closed"));
        Surveys.status(COORDINATOR_VASTMANLAND, id, "DRAFT").statusCode(400).body("errors[0].field", equalTo("status"));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of()))
                .put(Surveys.answerPath(id, VASTERAS))
                .then()
                .statusCode(404);

        Surveys.status(COORDINATOR_VASTMANLAND, id, "OPEN").statusCode(200).body("status", equalTo("OPEN"));
        Surveys.status(COORDINATOR_VASTMANLAND, id, "OPEN").statusCode(409).body("rule", equalTo("status-unchanged"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(ADMIN, Surveys.PATH + "/" + id))
                .body(input)
                .put(Surveys.PATH + "/" + id)
                .then()
                .statusCode(409)
                .body("rule", equalTo("survey-not-draft"));
        // Another county's coordinator sees the open survey but does not run it.
        Surveys.status(COORDINATOR_VASTRA_GOTALAND, id, "CLOSED").statusCode(403);
        Surveys.status(COORDINATOR_VASTMANLAND, id, "CLOSED").statusCode(200);
        Surveys.status(COORDINATOR_VASTMANLAND, id, "PUBLISHED")
                .statusCode(200)
                .body("publishedAt", not(equalTo(null)));
        Surveys.status(COORDINATOR_VASTMANLAND, id, "OPEN").statusCode(409).body("rule", equalTo("survey-not-draft"));
    }

    @Test
    void aSurveyWithoutQuestionsOrRecipientsIsNotOpenedAndNationalOnesAreForAdmins() {
        Map<String, Object> empty = Surveys.input("19");
        empty.put("themes", List.of());
        String id = Surveys.createdId(COORDINATOR_VASTMANLAND, empty);
        Surveys.status(COORDINATOR_VASTMANLAND, id, "OPEN")
                .statusCode(409)
                .body("rule", equalTo("survey-without-questions"));
        Map<String, Object> nobody = Surveys.input("19");
        nobody.put("recipientIds", List.of());
        String none = Surveys.createdId(COORDINATOR_VASTMANLAND, nobody);
        Surveys.status(COORDINATOR_VASTMANLAND, none, "OPEN")
                .statusCode(409)
                .body("rule", equalTo("survey-without-recipients"));
        Surveys.create(COORDINATOR_VASTMANLAND, Surveys.input(null)).statusCode(403);
        Surveys.create(COORDINATOR_VASTRA_GOTALAND, Surveys.input("19")).statusCode(403);
        // The grant-only coordinator of Västerbotten runs Västerbotten's.
        Surveys.create(COORDINATOR_VASTERBOTTEN, Surveys.input("24")).statusCode(201);
        Map<String, Object> badKey = Surveys.input("19");
        @SuppressWarnings("unchecked")
        Map<String, Object> theme = (Map<String, Object>) ((List<?>) badKey.get("themes")).get(0);
        Map<String, Object> question = Surveys.statement("Nytt påstående", "NONE");
        question.put("key", java.util.UUID.randomUUID().toString());
        theme.put("questions", List.of(question));
        Surveys.create(COORDINATOR_VASTMANLAND, badKey)
                .statusCode(400)
                .body("errors[0].field", equalTo("themes[0].questions[0].key"));
    }

    @Test
    void aMemberAnswersForTheOrganisationOnceAndTheCoordinatorMayReopen() {
        String id = Surveys.open(COORDINATOR_VASTMANLAND);
        List<String> keys = Surveys.keys(id);
        String path = Surveys.answerPath(id, VASTERAS);
        MEMBER_VASTERAS.request().get(path).then().statusCode(200).body("version", equalTo(0));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Surveys.answer(keys, "AGREE_PARTLY", null))
                .put(path)
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"));
        // A stale save is refused; a choice that is not an option names the field.
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"99\"")
                .body(Surveys.answer(keys, "AGREE_FULLY", null))
                .put(path)
                .then()
                .statusCode(412);
        Map<String, Object> wrong = Surveys.answer(keys, "AGREE_FULLY", null);
        wrong.put("items", List.of(Map.of("questionKey", keys.get(2), "options", List.of("Golf"))));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .body(wrong)
                .put(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items[0].options"));
        Map<String, Object> tooMany = Surveys.answer(keys, "AGREE_FULLY", null);
        tooMany.put("items", List.of(Map.of("questionKey", keys.get(1), "number", 10001)));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .body(tooMany)
                .put(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items[0].number"));
        // The statement's comment is required: submitting without it names it.
        MEMBER_VASTERAS
                .request()
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .post(path + "/submission")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items[" + keys.get(0) + "].comment"));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .body(Surveys.answer(keys, "AGREE_PARTLY", "Bostadsbristen består."))
                .put(path)
                .then()
                .statusCode(200);
        // Nobody else answers for Västerås; an organisation that is not asked answers nothing.
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(Surveys.answer(keys, "AGREE_FULLY", null))
                .put(path)
                .then()
                .statusCode(404);
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(Surveys.answer(keys, "AGREE_FULLY", null))
                .put(Surveys.answerPath(id, ARBETSFORMEDLINGEN))
                .then()
                .statusCode(409)
                .body("rule", equalTo("organisation-not-asked"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(COORDINATOR_VASTMANLAND, path))
                .body(Surveys.answer(keys, "AGREE_FULLY", null))
                .put(path)
                .then()
                .statusCode(403);

        MEMBER_VASTERAS
                .request()
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .post(path + "/submission")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("member.vasteras"));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .body(Surveys.answer(keys, "AGREE_FULLY", null))
                .put(path)
                .then()
                .statusCode(409)
                .body("rule", equalTo("answer-submitted"));
        MEMBER_VASTERAS
                .request()
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .post(path + "/reopening")
                .then()
                .statusCode(403);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Surveys.etag(COORDINATOR_VASTMANLAND, path))
                .post(path + "/reopening")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Surveys.etag(COORDINATOR_VASTMANLAND, path))
                .post(path + "/reopening")
                .then()
                .statusCode(409)
                .body("rule", equalTo("answer-not-submitted"));
        // Closed: nothing more is accepted.
        Surveys.status(COORDINATOR_VASTMANLAND, id, "CLOSED").statusCode(200);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .body(Surveys.answer(keys, "AGREE_FULLY", "Sent."))
                .put(path)
                .then()
                .statusCode(409)
                .body("rule", equalTo("survey-closed"));
        // The history records every write with who did it.
        COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("actor", hasItem("member.vasteras"))
                .body("actor", hasItem("coordinator.vastmanland"));
        MEMBER_VASTERAS
                .request()
                .get(Surveys.PATH + "/" + id + "/history")
                .then()
                .statusCode(403);
    }

    @Test
    void theListSaysForEverySurveyWhetherTheCallerIsAsked() {
        String id = Surveys.open(COORDINATOR_VASTMANLAND);
        // Always written, as its schema requires: false for the public, true for an asked municipality's member.
        ANONYMOUS
                .request()
                .queryParam("county", "19")
                .get("/api/v1/surveys")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.asked", equalTo(false))
                .body("asked", everyItem(equalTo(false)));
        MEMBER_VASTERAS
                .request()
                .queryParam("county", "19")
                .get("/api/v1/surveys")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.asked", equalTo(true));
    }

    @Test
    void pastTheClosingDayNothingIsAccepted() {
        Map<String, Object> input = Surveys.input(
                "19", LocalDate.now().minusDays(20), LocalDate.now().minusDays(1));
        String id = Surveys.createdId(COORDINATOR_VASTMANLAND, input);
        Surveys.status(COORDINATOR_VASTMANLAND, id, "OPEN").statusCode(200);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Surveys.answer(Surveys.keys(id), "AGREE_FULLY", "För sent"))
                .put(Surveys.answerPath(id, VASTERAS))
                .then()
                .statusCode(409)
                .body("rule", equalTo("survey-closed"));
    }

    @Test
    void twoMembersStartingTheAnswerAtOnceTheSecondIsToldItChangedMeanwhile() throws Exception {
        String id = Surveys.open(COORDINATOR_VASTMANLAND);
        List<String> keys = Surveys.keys(id);
        String path = Surveys.answerPath(id, VASTERAS);
        // Both read that Västerås has not started and create only if it is still absent: one creates, the other's
        // insert collides with it or comes after, and is told it changed meanwhile (412), not 409, 428 or 500.
        var first = MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-None-Match", "*")
                .body(Surveys.answer(keys, "AGREE_FULLY", null));
        var second = EDITOR_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-None-Match", "*")
                .body(Surveys.answer(keys, "DISAGREE", null));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (var request : List.of(first, second)) {
                Callable<Integer> save = () -> {
                    start.await();
                    return request.put(path).statusCode();
                };
                results.add(pool.submit(save));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(201, 412), statuses, "one creates the answer, the other meets it as a newer version");
        } finally {
            pool.shutdownNow();
        }
        String stored = MEMBER_VASTERAS
                .request()
                .get(path)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .extract()
                .path("items[0].agreement");
        // One who starts it later still is refused, in words, and the answer stays what the first saved.
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-None-Match", "*")
                .header("Accept-Language", "sv")
                .body(Surveys.answer(keys, "AGREE_LITTLE", null))
                .put(path)
                .then()
                .statusCode(412)
                .body("detail", containsString("Någon annan i organisationen har börjat på svaret"));
        MEMBER_VASTERAS.request().get(path).then().body("items[0].agreement", equalTo(stored));
        // With the ETag of the answer then read, the save is a replace like any other.
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .body(Surveys.answer(keys, "AGREE_LITTLE", null))
                .put(path)
                .then()
                .statusCode(200)
                .body("items[0].agreement", equalTo("AGREE_LITTLE"));
    }

    @Test
    void aSaveBasedOnTheNotStartedReadDoesNotOverwriteAnAnswerStartedMeanwhile() {
        String id = Surveys.open(COORDINATOR_VASTMANLAND);
        List<String> keys = Surveys.keys(id);
        String path = Surveys.answerPath(id, VASTERAS);
        // A client reads that Västerås has not started, and keeps the ETag of that read.
        String notStarted = Surveys.etag(MEMBER_VASTERAS, path);
        // Another member starts the answer meanwhile.
        EDITOR_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-None-Match", "*")
                .body(Surveys.answer(keys, "DISAGREE", null))
                .put(path)
                .then()
                .statusCode(201);
        // The first client's save, conditional on what it read, is refused: that ETag names no stored answer.
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", notStarted)
                .body(Surveys.answer(keys, "AGREE_FULLY", null))
                .put(path)
                .then()
                .statusCode(412);
        MEMBER_VASTERAS.request().get(path).then().statusCode(200).body("items[0].agreement", equalTo("DISAGREE"));
    }

    @Test
    void twoMembersSubmittingAtOnceOneWinsTheOtherIsToldItIsIn() throws Exception {
        String id = Surveys.open(COORDINATOR_VASTMANLAND);
        String path = Surveys.answerPath(id, VASTERAS);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Surveys.answer(Surveys.keys(id), "AGREE_FULLY", "Det fungerar."))
                .put(path)
                .then()
                .statusCode(201);
        String etag = Surveys.etag(MEMBER_VASTERAS, path);
        var first = MEMBER_VASTERAS.request().header("If-Match", etag);
        var second = EDITOR_VASTERAS.request().header("If-Match", etag);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (var request : List.of(first, second)) {
                Callable<Integer> submit = () -> {
                    start.await();
                    return request.post(path + "/submission").statusCode();
                };
                results.add(pool.submit(submit));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses, "one submit wins, the other is a conflict");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theResultsAddUpToTheAnswersAndThePublicSeesOnlyWhatIsPublishable() {
        String id = Surveys.open(COORDINATOR_VASTMANLAND);
        List<String> keys = Surveys.keys(id);
        String path = Surveys.answerPath(id, VASTERAS);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Surveys.answer(keys, "AGREE_LITTLE", "Bostäder saknas för stora familjer."))
                .put(path)
                .then()
                .statusCode(201);
        MEMBER_VASTERAS
                .request()
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .post(path + "/submission")
                .then()
                .statusCode(200);
        // Before publication: internal for the coordinator, refused to the member, hidden from the public.
        Response internal = COORDINATOR_VASTMANLAND.request().get(Surveys.PATH + "/" + id + "/results");
        internal.then()
                .statusCode(200)
                .body("recipients", equalTo(10))
                .body("answered", equalTo(1))
                .body("responseRate", equalTo(10))
                .body("notAnswered", hasSize(9))
                .body("notAnswered.name", not(hasItem("Västerås stad")))
                .body("internal", equalTo(true))
                .body("themes[0].questions[0].distribution.find { it.agreement == 'AGREE_LITTLE' }.count", equalTo(1))
                .body("themes[0].questions[0].distribution.count.sum()", equalTo(1))
                .body("themes[0].questions[0].comments[0].organisation.name", equalTo("Västerås stad"))
                .body("themes[0].questions[1].numbers.total", equalTo(40.0f))
                .body("themes[0].questions[1].numbers.women", equalTo(22.0f))
                .body("themes[0].questions[1].numbers.men", equalTo(18.0f))
                .body("themes[1].questions[0].choices.find { it.option == 'Praktik' }.count", equalTo(1))
                .body("themes[1].questions[0].choices.find { it.option == 'Samhällsorientering' }.count", equalTo(0));
        MEMBER_VASTERAS
                .request()
                .get(Surveys.PATH + "/" + id + "/results")
                .then()
                .statusCode(403);
        ANONYMOUS.request().get(Surveys.PATH + "/" + id + "/results").then().statusCode(404);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(Surveys.PATH + "/" + id + "/results")
                .then()
                .statusCode(403);

        Surveys.status(COORDINATOR_VASTMANLAND, id, "CLOSED").statusCode(200);
        String themeId = internal.path("themes[0].id");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(COORDINATOR_VASTMANLAND, Surveys.PATH + "/" + id))
                .body(Map.of("summaries", List.of(Map.of("themeId", themeId, "text", "Bostadsbristen består."))))
                .put(Surveys.PATH + "/" + id + "/summaries")
                .then()
                .statusCode(200)
                .body("themes[0].summary", equalTo("Bostadsbristen består."));
        Surveys.status(COORDINATOR_VASTMANLAND, id, "PUBLISHED").statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Surveys.etag(COORDINATOR_VASTMANLAND, Surveys.PATH + "/" + id))
                .body(Map.of("summaries", List.of(Map.of("themeId", themeId, "text", "Ändrad."))))
                .put(Surveys.PATH + "/" + id + "/summaries")
                .then()
                .statusCode(409)
                .body("rule", equalTo("survey-published"));
        ANONYMOUS
                .request()
                .get(Surveys.PATH + "/" + id + "/results")
                .then()
                .statusCode(200)
                .body("internal", equalTo(false))
                .body("notAnswered", empty())
                .body("themes[0].summary", equalTo("Bostadsbristen består."))
                .body("themes[0].questions[0].comments.text", contains("Bostäder saknas för stora familjer."));
    }

    @Test
    void theAggregatesOfTwoOrganisationsAreTheHandComputedSums() {
        Map<String, Object> input = Surveys.input("19");
        input.put("recipientIds", List.of(VASTERAS, ARBETSFORMEDLINGEN));
        String id = Surveys.createdId(COORDINATOR_VASTMANLAND, input);
        Surveys.status(COORDINATOR_VASTMANLAND, id, "OPEN").statusCode(200);
        List<String> keys = Surveys.keys(id);
        submitAnswer(
                MEMBER_VASTERAS,
                id,
                VASTERAS,
                aggregateAnswer(keys, "AGREE_LITTLE", 40, 22, 18, "Praktik", "Språkstöd"));
        submitAnswer(
                MEMBER_ARBETSFORMEDLINGEN,
                id,
                ARBETSFORMEDLINGEN,
                aggregateAnswer(keys, "AGREE_FULLY", 15, 9, 6, "Praktik"));
        // by hand: 2 of 2 answered; one 'little', one 'fully'; 40 + 15 = 55 (women 22 + 9 = 31, men 18 + 6 = 24),
        // smallest 15, largest 40; Praktik chosen twice, Språkstöd once, Samhällsorientering never
        COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + id + "/results")
                .then()
                .statusCode(200)
                .body("recipients", equalTo(2))
                .body("answered", equalTo(2))
                .body("responseRate", equalTo(100))
                .body("themes[0].questions[0].distribution.find { it.agreement == 'AGREE_LITTLE' }.count", equalTo(1))
                .body("themes[0].questions[0].distribution.find { it.agreement == 'AGREE_FULLY' }.count", equalTo(1))
                .body("themes[0].questions[0].distribution.count.sum()", equalTo(2))
                .body("themes[0].questions[1].numbers.count", equalTo(2))
                .body("themes[0].questions[1].numbers.total", equalTo(55.0f))
                .body("themes[0].questions[1].numbers.women", equalTo(31.0f))
                .body("themes[0].questions[1].numbers.men", equalTo(24.0f))
                .body("themes[0].questions[1].numbers.minimum", equalTo(15.0f))
                .body("themes[0].questions[1].numbers.maximum", equalTo(40.0f))
                .body("themes[1].questions[0].choices.find { it.option == 'Praktik' }.count", equalTo(2))
                .body("themes[1].questions[0].choices.find { it.option == 'Språkstöd' }.count", equalTo(1))
                .body("themes[1].questions[0].choices.find { it.option == 'Samhällsorientering' }.count", equalTo(0));
    }

    private static Map<String, Object> aggregateAnswer(
            List<String> keys, String agreement, int total, int women, int men, String... options) {
        return Map.of(
                "items",
                List.of(
                        Map.of("questionKey", keys.get(0), "agreement", agreement, "comment", "Kommentaren krävs."),
                        Map.of("questionKey", keys.get(1), "number", total, "women", women, "men", men),
                        Map.of("questionKey", keys.get(2), "options", List.of(options))));
    }

    private static void submitAnswer(DemoUser member, String survey, String organisation, Map<String, Object> answer) {
        String path = Surveys.answerPath(survey, organisation);
        member.request()
                .contentType(ContentType.JSON)
                .body(answer)
                .put(path)
                .then()
                .statusCode(201);
        member.request()
                .header("If-Match", Surveys.etag(member, path))
                .post(path + "/submission")
                .then()
                .statusCode(200);
    }

    @Test
    void theDemoPicturesReproduceTheSeedsCounts() {
        ANONYMOUS
                .request()
                .get(Surveys.PATH + "/" + Surveys.VASTERBOTTEN_2018 + "/results")
                .then()
                .statusCode(200)
                .body("recipients", equalTo(16))
                .body("answered", equalTo(13))
                .body("sampleData", equalTo(true))
                .body(
                        "themes.title",
                        contains(
                                "Socialtjänst och överförmyndarverksamhet",
                                "Skola och utbildning",
                                "Bosättning av nyanlända"))
                .body("themes[2].summary", containsString("bostadsbrist"));
        ANONYMOUS
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/results")
                .then()
                .statusCode(200)
                .body("recipients", equalTo(290))
                .body("answered", equalTo(269))
                .body("responseRate", equalTo(93))
                .body("themes", hasSize(5));
        // Municipalities of Västerbotten only: 12 of 15.
        COORDINATOR_VASTERBOTTEN
                .request()
                .get(Surveys.PATH + "/" + Surveys.VASTERBOTTEN_2018 + "/results")
                .then()
                .statusCode(200)
                .body("internal", equalTo(true))
                .body("notAnswered", hasSize(3));
        ANONYMOUS
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/county-comparison")
                .then()
                .statusCode(200)
                .body("counties", hasSize(21))
                .body("recipients", equalTo(290))
                .body("answered", equalTo(269))
                .body("counties.recipients.sum()", equalTo(290));
    }

    @Test
    void aCopyKeepsTheQuestionKeysSoYearsCompare() {
        List<String> source = Surveys.keys(Surveys.NATIONAL_2021);
        String copy = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2027, "opensOn", "2027-09-01", "closesOn", "2027-10-31", "countyCode", "19"))
                .post(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/copy")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("countyCode", equalTo("19"))
                .body("title", equalTo("Lägesbild 2027"))
                .body("recipients", hasSize(10))
                .extract()
                .path("id");
        assertEquals(source, Surveys.keys(copy));
        // Copying it again within the county keeps the keys too; an edit that sends them keeps them.
        String again = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2028, "opensOn", "2028-09-01", "closesOn", "2028-10-31"))
                .post(Surveys.PATH + "/" + copy + "/copy")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(source, Surveys.keys(again));
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2028, "opensOn", "2028-09-01", "closesOn", "2028-10-31"))
                .post(Surveys.PATH + "/" + copy + "/copy")
                .then()
                .statusCode(404);
    }

    @Test
    void theExportsCarryEveryAnswerAndAddUpToTheResults() throws Exception {
        String csv = COORDINATOR_VASTERBOTTEN
                .request()
                .get(Surveys.PATH + "/" + Surveys.VASTERBOTTEN_2018 + "/answers.csv?dialect=excel-sv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // For people: Swedish column names, and the codes (the agreement column) in Swedish.
        assertTrue(csv.startsWith("\uFEFFOrganisation;Organisationsnummer;Länskod;Status;"), csv.substring(0, 60));
        String[] lines = csv.substring(1).split("\r\n");
        // 13 answers × 3 statements rated (the sample leaves texts empty).
        assertEquals(1 + 13 * 3, lines.length);
        Map<String, Integer> counted = new HashMap<>();
        for (String line : List.of(lines).subList(1, lines.length)) {
            String[] cells = line.split(";", -1);
            counted.merge(cells[6] + "/" + cells[9], 1, Integer::sum);
        }
        Response results =
                COORDINATOR_VASTERBOTTEN.request().get(Surveys.PATH + "/" + Surveys.VASTERBOTTEN_2018 + "/results");
        List<Map<String, Object>> questions = results.path("themes.collectMany { it.questions }");
        int compared = 0;
        for (Map<String, Object> q : questions) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> distribution = (List<Map<String, Object>>) q.get("distribution");
            for (Map<String, Object> step : distribution) {
                assertEquals(
                        counted.getOrDefault(
                                q.get("key") + "/"
                                        + Rating.valueOf((String) step.get("agreement"))
                                                .swedish(),
                                0),
                        step.get("count"),
                        "count of " + step.get("agreement") + " for " + q.get("text"));
                compared++;
            }
        }
        assertEquals(3 * 5, compared);

        byte[] xlsx = COORDINATOR_VASTERBOTTEN
                .request()
                .get(Surveys.PATH + "/" + Surveys.VASTERBOTTEN_2018 + "/answers.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet answers = workbook.getSheet("Svar");
            assertEquals(13 * 3, answers.getLastRowNum());
            assertEquals("Frågans nyckel", answers.getRow(0).getCell(6).getStringCellValue());
            assertEquals("Inskickat", answers.getRow(1).getCell(3).getStringCellValue());
            Sheet aggregates = workbook.getSheet("Sammanställning");
            assertEquals(3 * 5 + 1, aggregates.getLastRowNum());
        }
        String aggregates = ANONYMOUS
                .request()
                .get(Surveys.PATH + "/" + Surveys.VASTERBOTTEN_2018 + "/results.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(aggregates.startsWith("theme,questionKey,question,kind,value,count,answered"));
        assertTrue(aggregates.contains(",STATEMENT,AGREE_FULLY,"), aggregates);
        String machines = COORDINATOR_VASTERBOTTEN
                .request()
                .get(Surveys.PATH + "/" + Surveys.VASTERBOTTEN_2018 + "/answers.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(machines.startsWith("organisation,organisationNumber,county,status,submittedAt,"), machines);
        assertTrue(machines.contains(",SUBMITTED,"), machines);
        ANONYMOUS
                .request()
                .get(Surveys.PATH + "/" + Surveys.VASTERBOTTEN_2018 + "/answers.csv")
                .then()
                .statusCode(401);
        COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + Surveys.VASTERBOTTEN_2018 + "/answers.csv")
                .then()
                .statusCode(403);
    }

    @Test
    void theAnswerExportRoundTripsDecimalCommasAndTextsWithSeparators() throws Exception {
        String id = Surveys.open(COORDINATOR_VASTMANLAND);
        List<String> keys = Surveys.keys(id);
        String path = Surveys.answerPath(id, VASTERAS);
        String comment = "Boende; \"stora\" familjer,\nväntar länge";
        Map<String, Object> statement = new HashMap<>(Map.of(
                "questionKey", keys.get(0), "agreement", "AGREE_PARTLY", "comment", comment, "publishable", true));
        Map<String, Object> body = Map.of(
                "items",
                List.of(
                        statement,
                        Map.of("questionKey", keys.get(1), "number", 40.5, "women", 22.25, "men", 18.25),
                        Map.of("questionKey", keys.get(2), "options", List.of("Praktik", "Språkstöd"))));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .put(path)
                .then()
                .statusCode(201);
        MEMBER_VASTERAS
                .request()
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, path))
                .post(path + "/submission")
                .then()
                .statusCode(200);

        // Swedish Excel: semicolons, decimal comma, the byte order mark; read back, every value is what was sent.
        String csv = COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + id + "/answers.csv?dialect=excel-sv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(csv.startsWith("\uFEFF"));
        List<org.apache.commons.csv.CSVRecord> rows;
        try (var parser = org.apache.commons.csv.CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(csv.substring(1)))) {
            rows = parser.getRecords();
        }
        assertEquals(3, rows.size());
        Map<String, org.apache.commons.csv.CSVRecord> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.get("Frågans nyckel"), r));
        assertEquals("Västerås stad", byKey.get(keys.get(0)).get("Organisation"));
        assertEquals("Inskickat", byKey.get(keys.get(0)).get("Status"));
        assertEquals("Påstående", byKey.get(keys.get(0)).get("Frågetyp"));
        assertEquals("Instämmer delvis", byKey.get(keys.get(0)).get("Instämmande"));
        assertEquals(comment, byKey.get(keys.get(0)).get("Kommentar"));
        assertEquals("ja", byKey.get(keys.get(0)).get("Får publiceras"));
        assertEquals(
                0, swedishDecimal(byKey.get(keys.get(1)).get("Antal")).compareTo(new java.math.BigDecimal("40.5")));
        assertEquals(
                0, swedishDecimal(byKey.get(keys.get(1)).get("Kvinnor")).compareTo(new java.math.BigDecimal("22.25")));
        assertEquals(0, swedishDecimal(byKey.get(keys.get(1)).get("Män")).compareTo(new java.math.BigDecimal("18.25")));
        assertEquals("Praktik | Språkstöd", byKey.get(keys.get(2)).get("Val"));
        assertEquals("nej", byKey.get(keys.get(2)).get("Exempeldata"));

        // The aggregates in the same dialect: the sums with a decimal comma, the counts as they are.
        String aggregates = COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + id + "/results.csv?dialect=excel-sv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(aggregates.startsWith("\uFEFFTema;Frågans nyckel;Fråga;Frågetyp;Svar;Antal;"), aggregates);
        assertTrue(aggregates.matches("(?s).*;Antal;Totalt;40,50?;1\\r\\n.*"), aggregates);
        assertTrue(aggregates.matches("(?s).*;Antal;Kvinnor;22,25;1\\r\\n.*"), aggregates);
        assertTrue(aggregates.contains(";Påstående;Instämmer delvis;1;1"), aggregates);
        assertTrue(aggregates.contains(";Flera val;Samhällsorientering;0;1"), aggregates);
        // For programs the codes stay codes, byte for byte as before.
        String machines = COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + id + "/results.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(machines.matches("(?s).*,NUMBER,total,40.50?,1\\r\\n.*"), machines);
        assertTrue(machines.contains(",STATEMENT,AGREE_PARTLY,1,1"), machines);

        // XLSX: numbers are numbers, texts are texts.
        byte[] xlsx = COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + id + "/answers.xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet answers = workbook.getSheet("Svar");
            assertEquals(3, answers.getLastRowNum());
            List<String> names = Column.names(SurveyResultsService.ANSWER_COLUMNS);
            int number = names.indexOf("number");
            int commentColumn = names.indexOf("comment");
            int key = names.indexOf("questionKey");
            assertEquals("Antal", answers.getRow(0).getCell(number).getStringCellValue());
            for (int r = 1; r <= 3; r++) {
                var row = answers.getRow(r);
                String rowKey = row.getCell(key).getStringCellValue();
                if (rowKey.equals(keys.get(1))) {
                    assertEquals(40.5, row.getCell(number).getNumericCellValue());
                } else if (rowKey.equals(keys.get(0))) {
                    assertEquals(comment, row.getCell(commentColumn).getStringCellValue());
                }
            }
        }
    }

    @Test
    void aNationalSurveyIsFollowedByEachCountysCoordinatorForTheirOwnCounty() {
        // The national picture of 2021 (published): Västmanland's coordinator reads Västmanland's internal picture,
        // who has not answered there, and Västmanland's answers; not another county's.
        COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021)
                .then()
                .statusCode(200)
                .body("permissions.followCounties", contains("19"))
                .body("permissions.readResults", equalTo(true))
                .body("permissions.export", equalTo(false));
        ADMIN.request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021)
                .then()
                .body("permissions.followCounties", empty())
                .body("permissions.export", equalTo(true));
        var county = COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/results?county=19")
                .then()
                .statusCode(200)
                .body("internal", equalTo(true))
                .body("recipients", equalTo(10))
                .extract()
                .jsonPath();
        // Who has answered and who has not: the county's ten, each once.
        List<String> answeredBy = county.getList("answeredBy.id");
        List<String> notAnswered = county.getList("notAnswered.id");
        assertEquals(county.getInt("answered"), answeredBy.size());
        assertEquals(10, new java.util.HashSet<>(concat(answeredBy, notAnswered)).size());
        ANONYMOUS
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/results?county=19")
                .then()
                .statusCode(200)
                .body("internal", equalTo(false))
                .body("answeredBy", empty())
                .body("notAnswered", empty());
        COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/results?county=14")
                .then()
                .statusCode(200)
                .body("internal", equalTo(false))
                .body("notAnswered", empty());
        COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/answers.csv?county=19")
                .then()
                .statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/answers.csv?county=14")
                .then()
                .statusCode(403);
        COORDINATOR_VASTMANLAND
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/answers/" + VASTERAS)
                .then()
                .statusCode(200);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/answers/" + VASTERAS)
                .then()
                .statusCode(404);
        // Nobody but the admin runs the national survey: no county coordinator reopens an answer of it.
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"0\"")
                .post(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/answers/" + VASTERAS + "/reopening")
                .then()
                .statusCode(403);
        // The national reader reads every county's internal picture.
        se.samverkan.support.DemoUser.NATIONAL_READER
                .request()
                .get(Surveys.PATH + "/" + Surveys.NATIONAL_2021 + "/results?county=14")
                .then()
                .statusCode(200)
                .body("internal", equalTo(true));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A number as Swedish Excel writes it: a decimal comma and no thousands separator. */
    private static java.math.BigDecimal swedishDecimal(String cell) {
        assertTrue(cell.matches("-?\\d+(,\\d+)?"), cell);
        return new java.math.BigDecimal(cell.replace(',', '.'));
    }
}
