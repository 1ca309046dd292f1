package se.samverkan.support;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Steps shared by the indicator tests. */
public final class Indicators {

    private Indicators() {}

    /** A valid indicator: share of newly arrived refugees in work within two years, higher is better. */
    public static Map<String, Object> input(String goalAreaId, String scope, boolean genderBreakdown) {
        Map<String, Object> body = new HashMap<>();
        if (goalAreaId != null) {
            body.put("goalAreaId", goalAreaId);
        }
        body.put("name", "Andel nyanlända i arbete inom två år");
        body.put("description", "Etableringen på arbetsmarknaden");
        body.put("unit", "%");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("scope", scope);
        body.put("genderBreakdown", genderBreakdown);
        body.put("source", "MANUAL");
        body.put("baselineYear", 2025);
        body.put("baselineValue", 30);
        body.put("targets", List.of(Map.of("year", 2027, "value", 44), Map.of("year", 2028, "value", 50)));
        return body;
    }

    public static String create(String agreementId, String goalAreaId, String scope, boolean genderBreakdown) {
        return DemoUser.COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(input(goalAreaId, scope, genderBreakdown))
                .post(Agreements.PATH + "/" + agreementId + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String etag(String indicatorId) {
        return DemoUser.ADMIN
                .request()
                .get(FollowUps.INDICATORS + "/" + indicatorId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
