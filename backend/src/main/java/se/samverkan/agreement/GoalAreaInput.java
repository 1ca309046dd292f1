package se.samverkan.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "GoalAreaInput")
public record GoalAreaInput(
        @Schema(example = "3.2")
                @NotBlank(message = "{validation.not-blank}")
                @Pattern(regexp = GoalAreaNumbers.PATTERN, message = "{validation.must-be-a-number-such-as-3-or}")
                String number,
        @Schema(example = "Hälsa")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String title,
        @Optional
                @Schema(description = "The goal statement (Mål)")
                @Size(max = 20000, message = "{validation.at-most-characters}")
                String goal,
        @Optional
                @Schema(description = "Strategies in order")
                @Size(max = 100, message = "{validation.at-most-entries}")
                List<
                                @NotBlank(message = "{validation.not-blank}")
                                @Size(max = 5000, message = "{validation.at-most-characters}") String>
                        strategies,
        @Optional Set<@NotNull(message = "{validation.not-empty}") TargetGroup> targetGroups,
        @Optional
                @Schema(
                        description =
                                "A local agreement's goal area: the goal area of its regional agreement it answers to")
                java.util.UUID answersToGoalAreaId) {}
