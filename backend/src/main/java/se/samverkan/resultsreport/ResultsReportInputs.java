package se.samverkan.resultsreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** What clients send to the results report operations. */
public final class ResultsReportInputs {

    private ResultsReportInputs() {}

    /** The longest text of a part: several pages, as the reports to the ministry are. */
    static final int TEXT = 20000;

    @Schema(name = "ResultsReportInput", description = "Draft the county's report of a year")
    public record CreateInput(
            @Schema(example = "19")
                    @NotBlank(message = "{validation.not-blank}")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String countyCode,
            @Schema(example = "2022")
                    @NotNull(message = "{validation.required}")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    Integer year) {}

    @Schema(name = "ResultsReportPartInput", description = "A part; blank texts are stored as empty")
    public record PartInput(
            @NotNull(message = "{validation.required}") Assignment assignment,
            @Optional @Size(max = TEXT, message = "{validation.at-most-characters}") String assessment,
            @Optional @Size(max = TEXT, message = "{validation.at-most-characters}") String successFactors,
            @Optional @Size(max = TEXT, message = "{validation.at-most-characters}") String areasToDevelop) {}

    @Schema(name = "ResultsReportPartsInput", description = "The parts to replace; the others stay as they are")
    public record PartsInput(
            @NotNull(message = "{validation.required}")
                    @NotEmpty(message = "{validation.must-have-at-least-one-entry}")
                    @Size(max = 20, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.required}") @Valid PartInput> parts) {}
}
