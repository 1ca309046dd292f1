package se.samverkan.support;

import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;

/** Small API steps shared by the organisation tests. */
public final class Organisations {

    public static final String PATH = "/api/v1/organisations";

    private Organisations() {}

    /** Creates an organisation as the given user and returns its id. */
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

    public static Response get(String id) {
        return DemoUser.ANONYMOUS.request().get(PATH + "/" + id);
    }

    public static String etag(String id) {
        return get(id).then().statusCode(200).extract().header("ETag");
    }
}
