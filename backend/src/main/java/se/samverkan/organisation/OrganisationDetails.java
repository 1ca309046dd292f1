package se.samverkan.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;

/** One organisation with everything known about it; its version is also sent as the ETag. */
@Schema(name = "Organisation")
public record OrganisationDetails(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationType type,
        String organisationNumber,
        String countyCode,
        String countyName,
        String municipalityCode,
        String municipalityName,
        UUID parentId,
        String parentName,
        String website,
        String mandate,
        @Schema(required = true, description = "Sub-units, such as an agency's regional offices")
                List<OrganisationReference> children,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy,
        @Schema(required = true) OrganisationPermissions permissions)
        implements Versioned {}
