package se.samverkan.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;

/** One organisation with everything known about it; its version is also sent as the ETag. */
@Schema(name = "Organisation")
public record OrganisationDetails(
        UUID id,
        String name,
        OrganisationType type,
        @Optional String organisationNumber,
        @Optional String countyCode,
        @Optional String countyName,
        @Optional String municipalityCode,
        @Optional String municipalityName,
        @Optional UUID parentId,
        @Optional String parentName,
        @Optional String website,
        @Optional String mandate,
        @Schema(description = "Sub-units, such as an agency's regional offices") List<OrganisationReference> children,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        OrganisationPermissions permissions)
        implements Versioned {}
