package se.samverkan.agreement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.samverkan.common.json.InputRules;

/** The query parameters of the agreement list; an unknown kind, status or target group is refused by the parameter guard (400). */
public record AgreementQuery(
        @Parameter(description = "Swedish full-text search over title, purpose, goals and strategies")
                @QueryParam("q")
                @Size(max = 200, message = "{validation.at-most-characters}")
                String q,
        @QueryParam("kind") AgreementKind kind,
        @Parameter(description = "County code, e.g. 19")
                @QueryParam("county")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String county,
        @QueryParam("status") AgreementStatus status,
        @Parameter(description = "In force (adopted, and its period covers the year)")
                @QueryParam("year")
                @Min(value = 1990, message = "{validation.must-be-value-or-later}")
                @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                Integer year,
        @Parameter(
                        description = "Only agreements this organisation (id) is a party of",
                        schema = @Schema(format = "uuid"))
                @QueryParam("organisation")
                @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-an-organisation-id-uuid}")
                String organisation,
        @QueryParam("targetGroup") TargetGroup targetGroup,
        @Parameter(
                        description = "Default: relevance when searching, else newest period first",
                        schema =
                                @Schema(
                                        enumeration = {
                                            "relevance",
                                            "title",
                                            "-title",
                                            "firstYear",
                                            "-firstYear",
                                            "updatedAt",
                                            "-updatedAt"
                                        }))
                @QueryParam("sort")
                @DefaultValue("relevance")
                @Pattern(
                        regexp = "relevance|-?(title|firstYear|updatedAt)",
                        message = "must be relevance, title, firstYear or updatedAt, optionally prefixed by -")
                String sort) {

    AgreementRepository.Filter filter() {
        return new AgreementRepository.Filter(
                q, kind, county, status, year, InputRules.uuid(organisation), targetGroup);
    }

    AgreementRepository.SortOrder sortOrder() {
        return switch (sort == null ? "relevance" : sort) {
            case "title" -> AgreementRepository.SortOrder.TITLE;
            case "-title" -> AgreementRepository.SortOrder.TITLE_DESC;
            case "firstYear" -> AgreementRepository.SortOrder.FIRST_YEAR;
            case "-firstYear" -> AgreementRepository.SortOrder.FIRST_YEAR_DESC;
            case "updatedAt" -> AgreementRepository.SortOrder.UPDATED;
            case "-updatedAt" -> AgreementRepository.SortOrder.UPDATED_DESC;
            default -> AgreementRepository.SortOrder.RELEVANCE;
        };
    }
}
