package se.samverkan.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.organisation.OrganisationReference;

/** Consultation input: what a party sends and what is shown. */
public final class ConsultationDtos {

    private ConsultationDtos() {}

    @Schema(name = "ConsultationInputBody", description = "A party's input on the agreement or one of its goal areas")
    public record ConsultationInputBody(
            @Optional
                    @Schema(
                            description =
                                    "The goal area (section) the input is about; absent: the agreement as a whole")
                    UUID goalAreaId,
            @Schema(maxLength = 10000)
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 10000, message = "{validation.at-most-characters}")
                    String text) {}

    @Schema(name = "ConsultationInput", description = "A party's input during consultation, with who wrote it and when")
    public record ConsultationInputDto(
            UUID id,
            UUID agreementId,
            @Optional @Schema(description = "The goal area (section); absent: the agreement as a whole")
                    UUID goalAreaId,
            @Schema(description = "The party organisation whose input it is") OrganisationReference organisation,
            String text,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            @Schema(description = "Whether the caller may change it now") boolean editable,
            long version)
            implements Versioned {}
}
