package se.samverkan.forum.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "StatusReportInput")
public record StatusReportInput(
        @Schema(example = "2024")
                @NotNull(message = "{validation.required}")
                @Min(value = 1990, message = "{validation.must-be-value-or-later}")
                @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                Integer year,
        @Schema(example = "2")
                @NotNull(message = "{validation.required}")
                @Min(value = 1, message = "{validation.must-be-between-1-and-4}")
                @Max(value = 4, message = "{validation.must-be-between-1-and-4}")
                Integer quarter,
        @Schema(example = "Lägesrapport inom migration och integration i Västra Götaland, kvartal 2")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String title,
        @Schema(
                        description = "The themes each organisation reports on, in order",
                        example = "[\"Arbetsmarknad och utbildning\", \"Hälsa\"]")
                @NotEmpty(message = "{validation.must-have-at-least-one-theme}")
                @Size(max = 20, message = "{validation.at-most-entries}")
                List<
                                @NotBlank(message = "{validation.not-blank}")
                                @Size(max = 200, message = "{validation.at-most-characters}") String>
                        themes,
        @Optional @Schema(description = "When contributions are due") LocalDate dueOn,
        @Optional @Schema(description = "The STATUS_REPORT point of the forum's meeting the report is for")
                UUID agendaItemId) {}
