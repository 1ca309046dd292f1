package se.samverkan.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.organisation.OrganisationReference;

/** Consultation input: what a party sends and what is shown. */
public final class ConsultationDtos {

    private ConsultationDtos() {}

    @Schema(name = "ConsultationInputBody", description = "A party's input on the agreement or one of its goal areas")
    public record ConsultationInputBody(
            @Schema(description = "The goal area (section) the input is about; absent: the agreement as a whole")
                    UUID goalAreaId,
            @Schema(required = true, maxLength = 10000)
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 10000, message = "{validation.at-most-characters}")
                    String text) {}

    @Schema(name = "ConsultationInput", description = "A party's input during consultation, with who wrote it and when")
    public record ConsultationInputDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agreementId,
            @Schema(description = "The goal area (section); absent: the agreement as a whole") UUID goalAreaId,
            @Schema(required = true, description = "The party organisation whose input it is")
                    OrganisationReference organisation,
            @Schema(required = true) String text,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true, description = "Whether the caller may change it now") boolean editable,
            @Schema(required = true) long version)
            implements Versioned {}
}
