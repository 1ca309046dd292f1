package se.samverkan.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.demo.DemoDataLoader;

/** Steps shared by the survey tests. */
public final class Surveys {

    public static final String PATH = "/api/v1/surveys";
    public static final String NATIONAL_2021 =
            DemoDataLoader.surveyId("national-2021").toString();
    public static final String VASTERBOTTEN_2018 =
            DemoDataLoader.surveyId("vasterbotten-2018").toString();

    private Surveys() {}

    public static Map<String, Object> statement(String text, String commentMode) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("kind", "STATEMENT");
        q.put("text", text);
        q.put("required", true);
        q.put("commentMode", commentMode);
        return q;
    }

    /** A survey of county 19 with a statement (comment required), a split number and a multiple choice. */
    public static Map<String, Object> input(String county, LocalDate opensOn, LocalDate closesOn) {
        Map<String, Object> number = new LinkedHashMap<>();
        number.put("kind", "NUMBER");
        number.put("text", "Hur många nyanlända tog kommunen emot?");
        number.put("unit", "personer");
        number.put("minValue", 0);
        number.put("maxValue", 10000);
        number.put("genderSplit", true);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("kind", "MULTIPLE_CHOICE");
        choice.put("text", "Vilka insatser erbjuds?");
        choice.put("options", List.of("Samhällsorientering", "Praktik", "Språkstöd"));
        Map<String, Object> body = new LinkedHashMap<>();
        if (county != null) {
            body.put("countyCode", county);
        }
        body.put("title", "Lägesbild " + opensOn.getYear());
        body.put("year", opensOn.getYear());
        body.put("opensOn", opensOn.toString());
        body.put("closesOn", closesOn.toString());
        body.put("introduction", "Hur fungerar mottagandet?");
        body.put(
                "themes",
                new ArrayList<>(List.of(
                        new LinkedHashMap<>(Map.of(
                                "title",
                                "Boende",
                                "questions",
                                List.of(statement("Kommunen kan erbjuda boende", "REQUIRED"), number))),
                        new LinkedHashMap<>(Map.of("title", "Skola och utbildning", "questions", List.of(choice))))));
        return body;
    }

    public static Map<String, Object> input(String county) {
        return input(county, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
    }

    public static ValidatableResponse create(DemoUser user, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then();
    }

    public static String createdId(DemoUser user, Map<String, Object> body) {
        return create(user, body).statusCode(201).extract().path("id");
    }

    public static String etag(DemoUser user, String path) {
        return user.request().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse status(DemoUser user, String id, String status) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag(user, PATH + "/" + id))
                .body(Map.of("status", status))
                .post(PATH + "/" + id + "/status")
                .then();
    }

    /** An open survey of county 19 asking its municipalities. */
    public static String open(DemoUser coordinator) {
        String id = createdId(coordinator, input("19"));
        status(coordinator, id, "OPEN").statusCode(200);
        return id;
    }

    public static String answerPath(String survey, String organisation) {
        return PATH + "/" + survey + "/answers/" + organisation;
    }

    /** The question keys of a survey in order. */
    public static List<String> keys(String survey) {
        return DemoUser.ADMIN
                .request()
                .get(PATH + "/" + survey)
                .then()
                .statusCode(200)
                .extract()
                .path("themes.collectMany { it.questions }.key");
    }

    /** Answers to {@link #input}'s three questions. */
    public static Map<String, Object> answer(List<String> keys, String agreement, String comment) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("questionKey", keys.get(0));
        statement.put("agreement", agreement);
        if (comment != null) {
            statement.put("comment", comment);
            statement.put("publishable", true);
        }
        return new LinkedHashMap<>(Map.of(
                "items",
                List.of(
                        statement,
                        Map.of("questionKey", keys.get(1), "number", 40, "women", 22, "men", 18),
                        Map.of("questionKey", keys.get(2), "options", List.of("Praktik", "Språkstöd")))));
    }
}
