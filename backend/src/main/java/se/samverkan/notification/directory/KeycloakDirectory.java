package se.samverkan.notification.directory;

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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the realm's users through Keycloak's admin REST API as the service account of the confidential client
 * {@code samverkan-directory}, which holds only realm-management/view-users.
 */
@ApplicationScoped
public class KeycloakDirectory {

    private static final int PAGE = 100;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @ConfigProperty(name = "samverkan.directory.client-id")
    String clientId;

    @ConfigProperty(name = "samverkan.directory.client-secret")
    String clientSecret;

    @Inject
    ObjectMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public List<DirectoryEntry> users() throws IOException, InterruptedException {
        String token = token();
        String admin = realmUrl.replace("/realms/", "/admin/realms/");
        List<DirectoryEntry> entries = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            JsonNode page = get(token, admin + "/users?briefRepresentation=false&first=" + first + "&max=" + PAGE);
            for (JsonNode user : page) {
                String id = user.path("id").asText();
                String username = user.path("username").asText();
                if (username.startsWith("service-account-")) {
                    continue; // machines get no mail
                }
                boolean coordinator = false;
                for (JsonNode role : get(token, admin + "/users/" + id + "/role-mappings/realm/composite")) {
                    coordinator |= "coordinator".equals(role.path("name").asText());
                }
                JsonNode attributes = user.path("attributes");
                String name = (user.path("firstName").asText("") + " "
                                + user.path("lastName").asText(""))
                        .trim();
                String locale = attribute(attributes, "locale");
                entries.add(new DirectoryEntry(
                        id,
                        username,
                        user.hasNonNull("email") ? user.get("email").asText() : null,
                        name.isEmpty() ? null : name,
                        attribute(attributes, "organisation_number"),
                        attribute(attributes, "county_code"),
                        coordinator,
                        "en".equals(locale) ? "en" : "sv",
                        user.path("enabled").asBoolean(true)));
            }
            if (page.size() < PAGE) {
                return entries;
            }
        }
    }

    private static String attribute(JsonNode attributes, String name) {
        JsonNode values = attributes.path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    private String token() throws IOException, InterruptedException {
        String form =
                "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak gave the directory client no token: " + response.statusCode());
        }
        return json.readTree(response.body()).path("access_token").asText();
    }

    private JsonNode get(String token, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak admin API answered " + response.statusCode() + " for " + url);
        }
        return json.readTree(response.body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
