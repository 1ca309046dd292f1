package se.samverkan.organisation;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the organisation list; an unknown type is refused by the parameter guard (400). */
public record OrganisationQuery(
        @Parameter(description = "Text in the name or organisation number")
                @QueryParam("q")
                @Size(max = 200, message = "{validation.at-most-characters}")
                String q,
        @QueryParam("type") OrganisationType type,
        @Parameter(description = "County code, e.g. 19")
                @QueryParam("county")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String county,
        @Parameter(schema = @Schema(enumeration = {"name", "-name", "type", "-type", "county", "-county"}))
                @QueryParam("sort")
                @DefaultValue("name")
                @Pattern(
                        regexp = "-?(name|type|county)",
                        message = "must be name, type or county, optionally prefixed by -")
                String sort) {

    OrganisationRepository.Filter filter() {
        return new OrganisationRepository.Filter(q, type, county);
    }

    OrganisationRepository.SortOrder sortOrder() {
        return switch (sort == null ? "name" : sort) {
            case "-name" -> OrganisationRepository.SortOrder.NAME_DESC;
            case "type" -> OrganisationRepository.SortOrder.TYPE;
            case "-type" -> OrganisationRepository.SortOrder.TYPE_DESC;
            case "county" -> OrganisationRepository.SortOrder.COUNTY;
            case "-county" -> OrganisationRepository.SortOrder.COUNTY_DESC;
            default -> OrganisationRepository.SortOrder.NAME;
        };
    }
}
