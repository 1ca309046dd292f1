package se.samverkan.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Who is calling, and how the web app logs in")
public class SessionResource {

    @Inject
    SessionService service;

    @ConfigProperty(name = "samverkan.oidc.public-url")
    String keycloakPublicUrl;

    @ConfigProperty(name = "samverkan.oidc.realm")
    String realm;

    @ConfigProperty(name = "samverkan.oidc.spa-client-id")
    String spaClientId;

    @GET
    @Path("/me")
    @Operation(
            summary =
                    "The caller: roles, county, organisation and permissions; anonymous callers get authenticated=false")
    public SessionDto getSession() {
        return service.current();
    }

    @GET
    @Path("/client-config")
    @Operation(summary = "Keycloak settings for the web app")
    public ClientConfigDto getClientConfig() {
        return new ClientConfigDto(keycloakPublicUrl, realm, spaClientId);
    }
}
