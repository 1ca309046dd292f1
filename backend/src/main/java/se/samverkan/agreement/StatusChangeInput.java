package se.samverkan.agreement;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeInput")
public record StatusChangeInput(
        @Schema(required = true, description = "CONSULTATION, DRAFT (back from consultation), ADOPTED or EXPIRED")
                @NotNull(message = "{validation.required}")
                AgreementStatus status,
        @Schema(description = "Adoption date; today when omitted") LocalDate adoptedOn) {}
