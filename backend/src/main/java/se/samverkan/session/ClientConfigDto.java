package se.samverkan.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the SPA needs to log in: served by the API so one image runs in every environment. */
@Schema(name = "ClientConfig")
public record ClientConfigDto(
        @Schema(example = "http://localhost:8180") String keycloakUrl,
        @Schema(example = "samverkan") String realm,
        @Schema(example = "samverkan-spa") String clientId) {}
