package se.samverkan.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/** What GreenMail really received, read over its REST API. */
public final class Mailbox {

    /** One delivered message: subject and the raw MIME text (headers, parts, attachments). */
    public record Message(String subject, String mime) {}

    private Mailbox() {}

    public static List<Message> of(String address) {
        var response = given().baseUri(GreenMail.apiUrl()).get("/api/user/" + address + "/messages/INBOX/");
        // an address that never received anything has no mailbox: GreenMail answers with an error object
        if (response.statusCode() != 200 || !response.asString().trim().startsWith("[")) {
            return List.of();
        }
        List<Map<String, Object>> messages = response.jsonPath().getList("$");
        return messages.stream()
                .map(m -> new Message(String.valueOf(m.get("subject")), String.valueOf(m.get("mimeMessage"))))
                .toList();
    }

    /** The messages to {@code address} whose subject contains {@code text}. */
    public static List<Message> matching(String address, String text) {
        return of(address).stream().filter(m -> m.subject().contains(text)).toList();
    }

    public static void purge() {
        given().baseUri(GreenMail.apiUrl()).post("/api/mail/purge").then().statusCode(200);
    }
}
