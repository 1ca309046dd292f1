package se.samverkan.funding;

import static se.samverkan.common.json.InputRules.uuid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.samverkan.common.json.InputRules;

/**
 * The query parameters of the funding lists, each group declared once. Statuses are typed: an unknown one is refused
 * by the parameter guard (400 naming the parameter), never a 404.
 */
public final class FundingQueries {

    private FundingQueries() {}

    public record ApplicationQuery(
            @Parameter(description = "Only this call's", schema = @Schema(format = "uuid"))
                    @QueryParam("call")
                    @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-a-call-id-uuid}")
                    String call,
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String county,
            @Parameter(description = "Only the caller's own organisation's applications")
                    @QueryParam("mine")
                    @DefaultValue("false")
                    boolean mine,
            @QueryParam("status") ApplicationStatus status) {

        FundingApplicationRepository.Filter filter() {
            return new FundingApplicationRepository.Filter(uuid(call), county, null, status);
        }
    }

    public record ProjectQuery(
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String county,
            @Parameter(description = "Only projects serving this goal area", schema = @Schema(format = "uuid"))
                    @QueryParam("goalArea")
                    @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-a-goal-area-id-uuid}")
                    String goalArea,
            @Parameter(description = "Only projects with money from this programme", schema = @Schema(format = "uuid"))
                    @QueryParam("programme")
                    @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-a-programme-id-uuid}")
                    String programme,
            @Parameter(description = "Only projects with a budget line of this year")
                    @QueryParam("year")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    Integer year,
            @Parameter(
                            description = "Only projects this organisation owns or takes part in",
                            schema = @Schema(format = "uuid"))
                    @QueryParam("organisation")
                    @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-an-organisation-id-uuid}")
                    String organisation,
            @Parameter(description = "Part of the project's name")
                    @QueryParam("q")
                    @Size(max = 200, message = "{validation.at-most-characters}")
                    String q) {

        FundingProjectRepository.Filter filter() {
            return new FundingProjectRepository.Filter(
                    county,
                    uuid(goalArea),
                    uuid(programme),
                    year,
                    uuid(organisation),
                    q == null || q.isBlank() ? null : q);
        }
    }

    public record AccountQuery(
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String county,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue) {}
}
