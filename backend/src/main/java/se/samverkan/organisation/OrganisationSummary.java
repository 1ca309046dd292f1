package se.samverkan.organisation;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as listed. */
@Schema(name = "OrganisationSummary")
public record OrganisationSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationType type,
        String organisationNumber,
        String countyCode,
        String countyName,
        String municipalityCode,
        String municipalityName,
        UUID parentId,
        String parentName) {}
