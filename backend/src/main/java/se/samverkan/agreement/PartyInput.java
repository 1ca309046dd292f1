package se.samverkan.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartyInput")
public record PartyInput(
        @Schema(required = true) @NotNull(message = "{validation.required}") UUID organisationId,
        @Schema(required = true) @NotNull(message = "{validation.required}") PartyRole role,
        @Size(max = 10, message = "{validation.at-most-entries}")
                List<@Valid @NotNull(message = "{validation.not-empty}") SignatoryDto> signatories,
        LocalDate signedOn) {}
