package se.samverkan.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the SPA needs to log in: served by the API so one image runs in every environment. */
@Schema(name = "ClientConfig")
public record ClientConfigDto(
        @Schema(required = true, example = "http://localhost:8180") String keycloakUrl,
        @Schema(required = true, example = "samverkan") String realm,
        @Schema(required = true, example = "samverkan-spa") String clientId) {}
