package se.samverkan.agreement;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "StatusChangeInput")
public record StatusChangeInput(
        @Schema(description = "CONSULTATION, DRAFT (back from consultation), ADOPTED or EXPIRED")
                @NotNull(message = "{validation.required}")
                AgreementStatus status,
        @Optional @Schema(description = "Adoption date; today when omitted") LocalDate adoptedOn) {}
