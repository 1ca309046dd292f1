package se.samverkan.strategy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.openapi.Optional;

/** What clients send to the strategy process operations. */
public final class StrategyInputs {

    private StrategyInputs() {}

    @Schema(name = "CheckpointInput", description = "A checklist point; doneOn defaults to today when done")
    public record CheckpointInput(
            @Schema(example = "Förankring och arbete med RUS i dialoggrupp")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 1000, message = "{validation.at-most-characters}")
                    String text,
            boolean done,
            @Optional LocalDate doneOn) {}

    @Schema(name = "PhaseInput", description = "A phase of the process map; a new phase is added last")
    public record PhaseInput(
            @Schema(example = "Förankring")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 200, message = "{validation.at-most-characters}")
                    String name,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Optional @Schema(description = "Mål") @Size(max = 10000, message = "{validation.at-most-characters}")
                    String goal,
            @Optional LocalDate plannedStart,
            @Optional LocalDate plannedEnd,
            @Optional @Schema(description = "Set by starting the phase when omitted") LocalDate actualStart,
            @Optional @Schema(description = "Set by completing the phase when omitted") LocalDate actualEnd,
            @Optional @Schema(description = "The forum that carries the phase (or an organisation, not both)")
                    UUID ownerForumId,
            @Optional UUID ownerOrganisationId,
            @Optional @Size(max = 50, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.not-null}") @Valid CheckpointInput> checkpoints) {}

    @Schema(name = "PhaseStatusInput")
    public record PhaseStatusInput(
            @Schema(description = "ONGOING (start or reopen) or DONE") @NotNull(message = "{validation.required}")
                    PhaseStatus status) {}

    @Schema(name = "StrategyAreaInput", description = "A possible area of action")
    public record AreaInput(
            @Schema(example = "Utveckling av samverkan med psykiatri")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 500, message = "{validation.at-most-characters}")
                    String title,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Optional TargetGroup targetGroup,
            @Optional @Schema(description = "The goal area of the same agreement it serves") UUID goalAreaId) {}

    @Schema(name = "AreaScoreInput", description = "The working group's scores, 1 (low) to 5 (high)")
    public record ScoreInput(
            @Schema(minimum = "1", maximum = "5")
                    @NotNull(message = "{validation.required}")
                    @Min(value = 1, message = "{validation.must-be-value-or-more}")
                    @Max(value = 5, message = "{validation.must-be-value-or-less}")
                    Integer effect,
            @Schema(minimum = "1", maximum = "5")
                    @NotNull(message = "{validation.required}")
                    @Min(value = 1, message = "{validation.must-be-value-or-more}")
                    @Max(value = 5, message = "{validation.must-be-value-or-less}")
                    Integer feasibility) {}

    @Schema(name = "AreaStatusInput")
    public record AreaStatusInput(
            @Schema(description = "CHOSEN (it becomes an area of action) or POSSIBLE")
                    @NotNull(message = "{validation.required}")
                    AreaStatus status) {}

    @Schema(name = "GapFindingInput")
    public record GapFindingInput(
            @NotNull(message = "{validation.required}") TargetGroup targetGroup,
            @Schema(example = "Nyanlända saknar en social gemenskap och ett nätverk")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 5000, message = "{validation.at-most-characters}")
                    String finding,
            @Optional @Schema(example = "Lägesbild 2018") @Size(max = 500, message = "{validation.at-most-characters}")
                    String source,
            @Optional LocalDate foundOn) {}

    @Schema(name = "PlanActivityInput", description = "An activity towards a goal area or an area of action (one)")
    public record ActivityInput(
            @Schema(example = "Utbildning för personal i tidiga insatser")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 300, message = "{validation.at-most-characters}")
                    String title,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Optional UUID goalAreaId,
            @Optional UUID areaId,
            @NotNull(message = "{validation.required}") UUID ownerOrganisationId,
            @Optional @Size(max = 30, message = "{validation.must-name-at-most-30-partners}")
                    List<@NotNull(message = "{validation.not-null}") UUID> partnerIds,
            @Optional LocalDate startsOn,
            @Optional LocalDate dueOn,
            @Optional @Schema(description = "A follow-up indicator of the same agreement") UUID indicatorId,
            @Optional @Schema(description = "A registered funding project") UUID projectId) {}

    @Schema(name = "PlanActivityStatusInput")
    public record ActivityStatusInput(@NotNull(message = "{validation.required}") ActivityStatus status) {}
}
