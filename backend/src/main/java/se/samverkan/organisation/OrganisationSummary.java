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
        String parentName) {

    static OrganisationSummary from(Organisation o) {
        return new OrganisationSummary(o.id, o.name, o.type, o.organisationNumber,
                o.county == null ? null : o.county.code, o.county == null ? null : o.county.name,
                o.municipality == null ? null : o.municipality.code, o.municipality == null ? null : o.municipality.name,
                o.parent == null ? null : o.parent.id, o.parent == null ? null : o.parent.name);
    }
}
