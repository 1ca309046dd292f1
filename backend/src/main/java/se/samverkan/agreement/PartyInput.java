package se.samverkan.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "PartyInput")
public record PartyInput(
        @NotNull(message = "{validation.required}") UUID organisationId,
        @NotNull(message = "{validation.required}") PartyRole role,
        @Optional @Size(max = 10, message = "{validation.at-most-entries}")
                List<@Valid @NotNull(message = "{validation.not-empty}") SignatoryDto> signatories,
        @Optional LocalDate signedOn) {}
