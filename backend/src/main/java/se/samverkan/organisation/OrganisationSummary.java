package se.samverkan.organisation;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** An organisation as listed. */
@Schema(name = "OrganisationSummary")
public record OrganisationSummary(
        UUID id,
        String name,
        OrganisationType type,
        @Optional String organisationNumber,
        @Optional String countyCode,
        @Optional String countyName,
        @Optional String municipalityCode,
        @Optional String municipalityName,
        @Optional UUID parentId,
        @Optional String parentName) {}
