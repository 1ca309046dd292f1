package se.samverkan.support;

import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import se.samverkan.demo.DemoDataLoader;

/** Steps and inputs shared by the agreement tests. */
public final class Agreements {

    public static final String PATH = "/api/v1/agreements";
    public static final String VASTMANLAND_ROK =
            DemoDataLoader.agreementId("vastmanland-rok-2016").toString();
    public static final String VG_2021 =
            DemoDataLoader.agreementId("vastra-gotaland-2021").toString();
    public static final String VG_2024 =
            DemoDataLoader.agreementId("vastra-gotaland-2024").toString();

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Agreements() {}

    /** A valid regional agreement for the county, period 2026–2028. */
    public static Map<String, Object> input(String countyCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "REGIONAL");
        body.put("title", "Testöverenskommelse " + SEQUENCE.incrementAndGet() + " " + System.nanoTime());
        body.put("countyCode", countyCode);
        body.put("firstYear", 2026);
        body.put("lastYear", 2028);
        body.put("purpose", "Att stärka samarbetet kring nyanländas etablering.");
        body.put(
                "legalBasis",
                List.of(Map.of(
                        "sfs",
                        "2017:584",
                        "title",
                        "Lag om ansvar för etableringsinsatser för vissa nyanlända invandrare")));
        body.put("targetGroups", List.of("NEWLY_ARRIVED"));
        body.put("perspectives", List.of("GENDER_EQUALITY", "CHILD_RIGHTS"));
        return body;
    }

    public static String create(DemoUser user, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .extract()
                .path("id");
    }

    public static String etag(DemoUser user, String agreementId) {
        return user.request()
                .get(PATH + "/" + agreementId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static String addParty(DemoUser user, String agreementId, String organisationKey, String role) {
        Map<String, Object> body = Map.of(
                "organisationId",
                DemoDataLoader.organisationId(organisationKey).toString(),
                "role",
                role,
                "signatories",
                List.of(Map.of("name", "Anna Andersson", "title", "Kommunstyrelsens ordförande")));
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH + "/" + agreementId + "/parties")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> goalArea(String number, String title) {
        return Map.of(
                "number",
                number,
                "title",
                title,
                "goal",
                "Alla nyanlända har tillgång till en bostad oavsett kön.",
                "strategies",
                List.of("Samordna bosättningen i länet", "Följa upp mottagandet"),
                "targetGroups",
                List.of("NEWLY_ARRIVED"));
    }

    public static String addGoalArea(DemoUser user, String agreementId, String number, String title) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(goalArea(number, title))
                .post(PATH + "/" + agreementId + "/goal-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A draft with two parties (Länsstyrelsen, Västerås stad) and one goal area: ready to adopt. */
    public static String adoptableDraft(DemoUser user, Map<String, Object> body) {
        String id = create(user, body);
        addParty(user, id, "lansstyrelsen-vastmanland", "CONVENER");
        addParty(user, id, "vasteras-stad", "SIGNATORY");
        addGoalArea(user, id, "1", "Bosättning");
        return id;
    }

    public static io.restassured.response.ValidatableResponse changeStatus(
            DemoUser user, String agreementId, String status) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag(DemoUser.ADMIN, agreementId))
                .body(Map.of("status", status))
                .post(PATH + "/" + agreementId + "/status")
                .then();
    }
}
