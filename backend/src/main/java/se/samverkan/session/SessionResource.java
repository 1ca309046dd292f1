package se.samverkan.session;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationPolicy;
import se.samverkan.organisation.OrganisationRepository;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Who is calling, and how the web app logs in")
public class SessionResource {

    @Inject
    CurrentUser user;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationPolicy organisationPolicy;

    @ConfigProperty(name = "samverkan.oidc.public-url")
    String keycloakPublicUrl;

    @ConfigProperty(name = "samverkan.oidc.realm")
    String realm;

    @ConfigProperty(name = "samverkan.oidc.spa-client-id")
    String spaClientId;

    @GET
    @Path("/me")
    @Transactional
    @Operation(summary = "The caller: roles, county, organisation and permissions; anonymous callers get authenticated=false")
    public SessionDto getSession() {
        var permissions = new SessionDto.SessionPermissions(organisationPolicy.canCreate(user),
                user.isAdmin() || (user.isCoordinator() && user.countyCode().isPresent()));
        if (!user.isAuthenticated()) {
            return new SessionDto(false, null, null, List.of(), null, null, null, null, permissions);
        }
        String organisationNumber = user.organisationNumber().orElse(null);
        Organisation organisation = organisationNumber == null ? null
                : organisations.findByOrganisationNumber(organisationNumber).orElse(null);
        return new SessionDto(true, user.actor(), user.displayName().orElse(null), user.roles().stream().sorted().toList(),
                user.countyCode().orElse(null), organisationNumber,
                organisation == null ? null : organisation.id, organisation == null ? null : organisation.name,
                permissions);
    }

    @GET
    @Path("/client-config")
    @Operation(summary = "Keycloak settings for the web app")
    public ClientConfigDto getClientConfig() {
        return new ClientConfigDto(keycloakPublicUrl, realm, spaClientId);
    }
}
