package se.samverkan.forum.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "ContributionInput", description = "An organisation's contribution: one text per theme it reports on")
public record ContributionInput(
        @NotEmpty(message = "{validation.must-have-at-least-one-entry}")
                @Size(max = 20, message = "{validation.at-most-entries}")
                List<@Valid @NotNull(message = "{validation.not-empty}") Entry> entries,
        @Optional
                @Schema(
                        description =
                                "true: save without submitting; the draft is seen only by the organisation itself until"
                                        + " it is submitted (absent or false: submit)")
                Boolean draft) {

    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    @Schema(name = "ContributionEntryInput")
    public record Entry(
            @Schema(description = "One of the report's themes") @NotBlank(message = "{validation.not-blank}")
                    String theme,
            @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 20000, message = "{validation.at-most-characters}")
                    String text) {}
}
