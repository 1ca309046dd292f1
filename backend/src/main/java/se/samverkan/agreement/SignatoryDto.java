package se.samverkan.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "Signatory", description = "A person who signed for a party")
public record SignatoryDto(
        @Schema(example = "Anders Teljebäck")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 200, message = "{validation.at-most-characters}")
                String name,
        @Optional
                @Schema(example = "Kommunstyrelsens ordförande")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String title) {}
