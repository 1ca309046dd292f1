package se.samverkan.grant;

import static se.samverkan.common.problem.Text.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.grant.GrantDtos.DirectoryUser;

/**
 * Searches Keycloak's users, so that a coordinator can grant to someone who has never logged in. The API calls
 * Keycloak's admin REST API as the confidential client {@code samverkan-user-directory}, whose service account holds
 * only realm-management's {@code view-users} (it can read users, never change them).
 */
@ApplicationScoped
public class UserDirectory {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @ConfigProperty(name = "samverkan.user-directory.client-id")
    String clientId;

    @ConfigProperty(name = "samverkan.user-directory.secret")
    String secret;

    @Inject
    ObjectMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private String token;
    private Instant tokenExpires = Instant.MIN;

    /** People whose username, name or email contains the text (Keycloak's search), at most {@code max}. */
    public List<DirectoryUser> search(String text, int max) {
        // Keycloak's search is prefix-based unless the text is wrapped in wildcards; its own * are not the caller's.
        String infix = "*" + text.replace("*", "") + "*";
        return users("search=" + encode(infix) + "&max=" + max + "&briefRepresentation=false");
    }

    /** People with an exact user attribute, e.g. every member of an organisation (organisation_number). */
    public List<DirectoryUser> withAttribute(String attribute, String value, int max) {
        return users("q=" + encode(attribute + ":" + value) + "&max=" + max + "&briefRepresentation=false");
    }

    private List<DirectoryUser> users(String query) {
        JsonNode users = get("/users?" + query);
        List<DirectoryUser> found = new ArrayList<>();
        for (JsonNode u : users) {
            // Keycloak lists service-account users too; they are granted by client id, not found here.
            if (u.path("serviceAccountClientLink").isTextual()
                    || u.path("username").asText().startsWith(CallerGrants.SERVICE_ACCOUNT_PREFIX)) {
                continue;
            }
            String name =
                    (u.path("firstName").asText("") + " " + u.path("lastName").asText("")).trim();
            found.add(new DirectoryUser(
                    u.path("id").asText(),
                    u.path("username").asText(),
                    name.isEmpty() ? null : name,
                    attribute(u, "county_code"),
                    attribute(u, "organisation_number")));
        }
        return found;
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    private JsonNode get(String path) {
        String adminUrl = realmUrl.replaceFirst("/realms/", "/admin/realms/");
        HttpRequest request = HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw unavailable();
        }
        return read(response.body());
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form =
                "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw unavailable();
        }
        JsonNode body = read(response.body());
        token = body.path("access_token").asText();
        // Renew a little before Keycloak's expiry.
        tokenExpires =
                Instant.now().plusSeconds(Math.max(10, body.path("expires_in").asLong(60) - 15));
        return token;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return ProblemException.busy(text("grant.user-directory-keycloak-does-not"), 30);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
