package se.samverkan.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The demo identities of realm/samverkan-realm.json, with real access tokens from the real Keycloak
 * (started by `make test`). Tokens are cached for a minute to keep the suite fast.
 */
public enum DemoUser {
    ANONYMOUS(null),
    ADMIN("admin"),
    COORDINATOR_VASTMANLAND("coordinator.vastmanland"),
    COORDINATOR_VASTRA_GOTALAND("coordinator.vastragotaland"),
    MEMBER_VASTERAS("member.vasteras"),
    MEMBER_ARBETSFORMEDLINGEN("member.arbetsformedlingen"),
    /** A member of Köpings kommun (Västmanland): party to none of the funding fixtures, "another organisation". */
    MEMBER_KOPING("member.koping"),
    /** The agency-integration client's service account (Migrationsverket's system). */
    AGENCY_SYSTEM(null),
    /** Grants only (issue 10): GR's federation coordinator, no base role. */
    COORDINATOR_GR("coordinator.gr"),
    /** A member of Arbetsförmedlingen with a LÖK-author grant for Västmanland's municipalities. */
    LOK_AUTHOR_ARBETSFORMEDLINGEN("lokauthor.arbetsformedlingen"),
    /** Grants only: a county-coordinator grant for Västerbotten (24), no base role. */
    COORDINATOR_VASTERBOTTEN("coordinator.vasterbotten"),
    /** A member of Västerås stad without grants in the demo data; tests grant forum editor to them. */
    EDITOR_VASTERAS("editor.vasteras"),
    /** Grants only: national reader. */
    NATIONAL_READER("reader.national"),
    /** The statistics-integration client's service account: a statistics-provider grant for two indicators. */
    STATISTICS_SYSTEM(null);

    public static final String KEYCLOAK_URL =
            System.getenv().getOrDefault("SAMVERKAN_OIDC_URL", "http://localhost:8180/realms/samverkan");
    private static final String PASSWORD = "samverkan";
    private static final Map<DemoUser, CachedToken> TOKENS = new EnumMap<>(DemoUser.class);

    private final String username;

    DemoUser(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }

    /** A request as this user: with a bearer token, or none for the anonymous public. */
    public RequestSpecification request() {
        RequestSpecification request = given().filter(DemoUser::createdHasLocation);
        return this == ANONYMOUS ? request : request.auth().oauth2(accessToken());
    }

    /**
     * Every test's POST that creates checks what an integrating system relies on: a 201 says where the new resource
     * lives. (A PUT that creates answers at the address it was sent to, so it needs none.)
     */
    private static io.restassured.response.Response createdHasLocation(
            io.restassured.specification.FilterableRequestSpecification request,
            io.restassured.specification.FilterableResponseSpecification response,
            io.restassured.filter.FilterContext context) {
        io.restassured.response.Response answered = context.next(request, response);
        if ("POST".equals(request.getMethod()) && answered.statusCode() == 201 && answered.header("Location") == null) {
            throw new AssertionError("POST " + request.getURI() + " answered 201 without a Location");
        }
        return answered;
    }

    public synchronized String accessToken() {
        CachedToken cached = TOKENS.get(this);
        if (cached == null || cached.fetchedAt.isBefore(Instant.now().minus(Duration.ofMinutes(1)))) {
            cached = new CachedToken(fetch(), Instant.now());
            TOKENS.put(this, cached);
        }
        return cached.token;
    }

    private String fetch() {
        var form = given().baseUri(KEYCLOAK_URL).contentType("application/x-www-form-urlencoded");
        if (this == AGENCY_SYSTEM || this == STATISTICS_SYSTEM) {
            String client = this == AGENCY_SYSTEM ? "agency-integration" : "statistics-integration";
            form = form.formParam("grant_type", "client_credentials")
                    .formParam("client_id", client)
                    .formParam("client_secret", client + "-demo-secret");
        } else {
            form = form.formParam("grant_type", "password")
                    .formParam("client_id", "samverkan-cli")
                    .formParam("username", username)
                    .formParam("password", PASSWORD);
        }
        var response = form.post("/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak at " + KEYCLOAK_URL + " gave no token for " + this + ": "
                    + response.statusCode() + " " + response.asString() + " (is it running? `make keycloak`)");
        }
        return response.path("access_token");
    }

    private record CachedToken(String token, Instant fetchedAt) {}
}
