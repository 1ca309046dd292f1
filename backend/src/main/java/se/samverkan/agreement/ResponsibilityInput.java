package se.samverkan.agreement;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(
        name = "ResponsibilityInput",
        description = "Either an organisation, or allOtherSignatories for \"övriga undertecknande parter\"")
public record ResponsibilityInput(
        @Optional UUID organisationId,
        @Optional @Schema(description = "Stands for every signatory party not named elsewhere in the goal area")
                Boolean allOtherSignatories,
        @NotNull(message = "{validation.required}") ResponsibilityKind kind,
        @NotNull(message = "{validation.required}") Level level) {

    boolean forAllOtherSignatories() {
        return Boolean.TRUE.equals(allOtherSignatories);
    }
}
