package se.samverkan.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Fundings.ACCOUNTS;
import static se.samverkan.support.Fundings.APPLICATIONS;
import static se.samverkan.support.Fundings.CALLS;
import static se.samverkan.support.Fundings.PROJECTS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Fundings;

/**
 * Every step from every state, for applications, calls and accounts: each record is brought into the state by the
 * API, the step is tried by the party it belongs to, and the answer (200, or 409 with its named rule) is compared
 * with the table of the issue ("every illegal step"). One table per lifecycle, compared whole, so that a failure
 * shows every cell that differs.
 */
@QuarkusTest
class FundingLifecycleTest {

    /** What a step answered: "200" or "409 rule". */
    private static String outcome(ValidatableResponse response) {
        var extracted = response.extract();
        int status = extracted.statusCode();
        if (status == 409) {
            return "409 " + extracted.path("rule");
        }
        return Integer.toString(status);
    }

    // Applications ----------------------------------------------------------------------------------------------

    private static final List<String> APPLICATION_STATES =
            List.of("DRAFT", "SUBMITTED", "IN_REVIEW", "GRANTED", "REJECTED", "WITHDRAWN");
    private static final List<String> APPLICATION_STEPS =
            List.of("EDIT", "SUBMIT", "REVIEW", "GRANT", "REJECT", "WITHDRAW");

    /** A fresh application of Västerås stad (100.00 applied) in the state, by the API. */
    private static String applicationIn(String call, String state) {
        String id = Fundings.apply(MEMBER_VASTERAS, call, Fundings.application("vasteras-stad", "100.00"));
        String path = APPLICATIONS + "/" + id;
        if (state.equals("WITHDRAWN")) {
            Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "WITHDRAWN"))
                    .statusCode(200);
            return id;
        }
        if (state.equals("DRAFT")) {
            return id;
        }
        Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "SUBMITTED")).statusCode(200);
        if (state.equals("SUBMITTED")) {
            return id;
        }
        Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "IN_REVIEW"))
                .statusCode(200);
        switch (state) {
            case "GRANTED" -> Fundings.decide(COORDINATOR_VASTMANLAND, id, Fundings.grant("40.00"))
                    .statusCode(200);
            case "REJECTED" -> Fundings.decide(COORDINATOR_VASTMANLAND, id, rejection())
                    .statusCode(200);
            default -> {}
        }
        return id;
    }

    private static Map<String, Object> rejection() {
        return Map.of("outcome", "REJECTED", "decidedOn", "2030-01-20", "reason", "Utanför prioriteringarna");
    }

    private static ValidatableResponse applicationStep(String id, String state, String step) {
        String path = APPLICATIONS + "/" + id;
        // The county's coordinator does not see a draft at all (404): an administrator tries the reviewer's steps.
        DemoUser reviewer = state.equals("DRAFT") ? ADMIN : COORDINATOR_VASTMANLAND;
        return switch (step) {
            case "EDIT" -> MEMBER_VASTERAS
                    .request()
                    .contentType(ContentType.JSON)
                    .header("If-Match", Fundings.etag(path))
                    .body(Fundings.application("vasteras-stad", "90.00"))
                    .put(path)
                    .then();
            case "SUBMIT" -> Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "SUBMITTED"));
            case "WITHDRAW" -> Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "WITHDRAWN"));
            case "REVIEW" -> Fundings.status(reviewer, path, Map.of("status", "IN_REVIEW"));
            case "GRANT" -> Fundings.decide(reviewer, id, Fundings.grant("40.00"));
            case "REJECT" -> Fundings.decide(reviewer, id, rejection());
            default -> throw new IllegalArgumentException(step);
        };
    }

    @Test
    void everyApplicationStepFromEveryStateIsAllowedOrRefusedByItsRule() {
        String call = Fundings.openCall(Fundings.programme());
        Map<String, String> expected = new LinkedHashMap<>();
        String fin = "409 application-final";
        row(
                expected,
                "DRAFT",
                APPLICATION_STEPS,
                "200",
                "200",
                "409 not-submitted",
                "409 not-in-review",
                "409 not-in-review",
                "200");
        row(
                expected,
                "SUBMITTED",
                APPLICATION_STEPS,
                "409 application-submitted",
                "409 already-submitted",
                "200",
                "409 not-in-review",
                "409 not-in-review",
                "200");
        row(
                expected,
                "IN_REVIEW",
                APPLICATION_STEPS,
                "409 application-submitted",
                "409 already-submitted",
                "409 already-in-review",
                "200",
                "200",
                "200");
        for (String state : List.of("GRANTED", "REJECTED", "WITHDRAWN")) {
            row(expected, state, APPLICATION_STEPS, fin, fin, fin, fin, fin, fin);
        }
        Map<String, String> actual = table(APPLICATION_STATES, APPLICATION_STEPS, state -> step -> {
            String id = applicationIn(call, state);
            return outcome(applicationStep(id, state, step));
        });
        assertEquals(expected, actual);
    }

    // Calls -----------------------------------------------------------------------------------------------------

    private static final List<String> CALL_STATES = List.of("DRAFT", "OPEN", "CLOSED");
    private static final List<String> CALL_STEPS = List.of("EDIT", "OPEN", "CLOSE", "APPLY");

    @Test
    void everyCallStepFromEveryStateIsAllowedOrRefusedByItsRule() {
        String programme = Fundings.programme();
        Map<String, String> expected = new LinkedHashMap<>();
        // A draft call is not seen by applicants (404); applying needs an open call.
        row(expected, "DRAFT", CALL_STEPS, "200", "200", "409 call-not-open", "404");
        row(expected, "OPEN", CALL_STEPS, "200", "409 status-unchanged", "200", "201");
        row(
                expected,
                "CLOSED",
                CALL_STEPS,
                "409 call-closed",
                "409 call-closed",
                "409 status-unchanged",
                "409 call-not-open");
        Map<String, String> actual = table(CALL_STATES, CALL_STEPS, state -> step -> {
            String id =
                    Fundings.createCall(COORDINATOR_VASTMANLAND, Fundings.call(programme, "19", 2030, "2099-12-31"));
            String path = CALLS + "/" + id;
            if (!state.equals("DRAFT")) {
                Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "OPEN"))
                        .statusCode(200);
            }
            if (state.equals("CLOSED")) {
                Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "CLOSED"))
                        .statusCode(200);
            }
            ValidatableResponse response =
                    switch (step) {
                        case "EDIT" -> COORDINATOR_VASTMANLAND
                                .request()
                                .contentType(ContentType.JSON)
                                .header("If-Match", Fundings.etag(path))
                                .body(Fundings.call(programme, "19", 2030, "2099-12-31"))
                                .put(path)
                                .then();
                        case "OPEN" -> Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "OPEN"));
                        case "CLOSE" -> Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "CLOSED"));
                        case "APPLY" -> MEMBER_VASTERAS
                                .request()
                                .contentType(ContentType.JSON)
                                .body(Fundings.application("vasteras-stad", "10.00"))
                                .post(path + "/applications")
                                .then();
                        default -> throw new IllegalArgumentException(step);
                    };
            return outcome(response);
        });
        assertEquals(expected, actual);
    }

    // Accounts --------------------------------------------------------------------------------------------------

    private static final List<String> ACCOUNT_STATES = List.of("DUE", "FILED", "APPROVED");
    private static final List<String> ACCOUNT_STEPS = List.of("MOVE", "FILE", "RETURN", "APPROVE");

    private static ValidatableResponse file(String path) {
        return Fundings.post(
                MEMBER_VASTERAS,
                path + "/filing",
                path,
                Map.of("spent", "40.00", "whatWasDone", "Språkcaféer", "results", "Trettio deltagare"));
    }

    @Test
    void everyAccountStepFromEveryStateIsAllowedOrRefusedByItsRule() {
        String call = Fundings.openCall(Fundings.programme());
        String granted = applicationIn(call, "GRANTED");
        String project = ADMIN.request()
                .get(APPLICATIONS + "/" + granted)
                .then()
                .statusCode(200)
                .extract()
                .path("projectId");
        Map<String, String> expected = new LinkedHashMap<>();
        row(expected, "DUE", ACCOUNT_STEPS, "200", "200", "409 account-not-filed", "409 account-not-filed");
        row(expected, "FILED", ACCOUNT_STEPS, "409 account-filed", "409 account-filed", "200", "200");
        row(
                expected,
                "APPROVED",
                ACCOUNT_STEPS,
                "409 account-approved",
                "409 account-approved",
                "409 account-approved",
                "409 account-approved");
        Map<String, String> actual = table(ACCOUNT_STATES, ACCOUNT_STEPS, state -> step -> {
            String id = COORDINATOR_VASTMANLAND
                    .request()
                    .contentType(ContentType.JSON)
                    .header("If-Match", Fundings.etag(PROJECTS + "/" + project))
                    .body(Map.of("dueOn", "2031-06-30"))
                    .post(PROJECTS + "/" + project + "/accounts")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String path = ACCOUNTS + "/" + id;
            if (!state.equals("DUE")) {
                file(path).statusCode(200);
            }
            if (state.equals("APPROVED")) {
                Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "APPROVED"))
                        .statusCode(200);
            }
            ValidatableResponse response =
                    switch (step) {
                        case "MOVE" -> COORDINATOR_VASTMANLAND
                                .request()
                                .contentType(ContentType.JSON)
                                .header("If-Match", Fundings.etag(path))
                                .body(Map.of("dueOn", "2031-09-30"))
                                .put(path)
                                .then();
                        case "FILE" -> file(path);
                        case "RETURN" -> Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "DUE"));
                        case "APPROVE" -> Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "APPROVED"));
                        default -> throw new IllegalArgumentException(step);
                    };
            return outcome(response);
        });
        assertEquals(expected, actual);
    }

    // Tables ----------------------------------------------------------------------------------------------------

    private static void row(Map<String, String> table, String state, List<String> steps, String... outcomes) {
        for (int i = 0; i < steps.size(); i++) {
            table.put(state + " → " + steps.get(i), outcomes[i]);
        }
    }

    private static Map<String, String> table(
            List<String> states, List<String> steps, Function<String, Function<String, String>> cell) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String state : states) {
            for (String step : steps) {
                table.put(state + " → " + step, cell.apply(state).apply(step));
            }
        }
        return table;
    }
}
