package se.samverkan.forum.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;
import se.samverkan.forum.DecisionOutcome;
import se.samverkan.forum.DecisionSubject;

@Schema(name = "DecisionInput")
public record DecisionInput(
        @Schema(example = "Migrationsrådet beslutade att anta de tre övergripande strategierna")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 5000, message = "{validation.at-most-characters}")
                String text,
        @NotNull(message = "{validation.required}") DecisionOutcome outcome,
        @Schema(description = "YEARLY_PRIORITY needs goalAreaId and year; STRATEGY and AGREEMENT need agreementId")
                @NotNull(message = "{validation.required}")
                DecisionSubject subject,
        @Optional UUID agreementId,
        @Optional UUID goalAreaId,
        @Optional
                @Schema(description = "The year of a yearly priority")
                @Min(value = 1990, message = "{validation.must-be-value-or-later}")
                @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                Integer year,
        @Optional
                @Schema(
                        description = "Case number (diarienummer) in the county board's or party's register",
                        example = "851-1234-2016")
                @jakarta.validation.constraints.Pattern(
                        regexp = se.samverkan.common.validation.CaseNumbers.PATTERN,
                        message = se.samverkan.common.validation.CaseNumbers.MESSAGE)
                String caseNumber,
        @Optional
                @Schema(
                        description =
                                "What the decision changes when recorded, each subject once: a proposed priority becomes"
                                        + " decided, an agreement adopted, a compiled follow-up round approved. Needs the"
                                        + " outcome ADOPTED and a meeting that has begun; final once recorded")
                @jakarta.validation.constraints.Size(max = 20, message = "{validation.at-most-entries}")
                java.util.List<
                                @NotNull(message = "{validation.required}") @jakarta.validation.Valid
                                DecisionEffectInput>
                        effects) {}
