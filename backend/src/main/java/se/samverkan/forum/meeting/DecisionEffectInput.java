package se.samverkan.forum.meeting;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.decision.DecisionEffectKind;

@Schema(name = "DecisionEffectInput", description = "A subject the decision takes effect on when it is recorded")
public record DecisionEffectInput(
        @NotNull(message = "{validation.required}") DecisionEffectKind kind,
        @Schema(description = "The priority, agreement or follow-up round (see GET …/decision-subjects)")
                @NotNull(message = "{validation.required}")
                UUID subjectId) {}
