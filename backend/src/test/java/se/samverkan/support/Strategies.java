package se.samverkan.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strategy process fixtures: phases, possible areas of action and plan activities of an agreement. */
public final class Strategies {

    private Strategies() {}

    public static String process(String agreementId) {
        return Agreements.PATH + "/" + agreementId + "/process";
    }

    public static String plan(String agreementId) {
        return Agreements.PATH + "/" + agreementId + "/action-plan";
    }

    public static String areas(String agreementId) {
        return Agreements.PATH + "/" + agreementId + "/areas-of-action";
    }

    public static Map<String, Object> phase(String name, List<Map<String, Object>> checkpoints) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("goal", "Berörda aktörer ställer sig bakom processen");
        body.put("plannedStart", "2026-02-01");
        body.put("plannedEnd", "2026-03-31");
        body.put("checkpoints", checkpoints);
        return body;
    }

    public static Map<String, Object> point(String text, boolean done) {
        Map<String, Object> point = new HashMap<>();
        point.put("text", text);
        point.put("done", done);
        return point;
    }

    public static Map<String, Object> activity(String title, String goalAreaId, String areaId, String ownerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        if (goalAreaId != null) {
            body.put("goalAreaId", goalAreaId);
        }
        if (areaId != null) {
            body.put("areaId", areaId);
        }
        body.put("ownerOrganisationId", ownerId);
        body.put("startsOn", "2026-01-01");
        body.put("dueOn", "2099-12-31");
        return body;
    }

    public static ValidatableResponse post(DemoUser user, String path, Object body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    public static ValidatableResponse put(DemoUser user, String path, String etag, Object body) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put(path)
                .then();
    }

    public static ValidatableResponse status(DemoUser user, String path, String etag, String status) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("status", status))
                .post(path + "/status")
                .then();
    }

    public static String etagOf(ValidatableResponse response) {
        return response.extract().header("ETag");
    }
}
