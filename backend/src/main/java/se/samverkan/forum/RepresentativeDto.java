package se.samverkan.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(
        name = "Representative",
        description = "A named representative of a member organisation, or its substitute (ersättare)")
public record RepresentativeDto(
        @Schema(example = "Kristina Palo")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 200, message = "{validation.at-most-characters}")
                String name,
        @Optional @Schema(example = "Marknadschef") @Size(max = 300, message = "{validation.at-most-characters}")
                String title,
        @Optional
                @Schema(
                        description =
                                "A substitute (ersättare) rather than an ordinary representative; false when omitted")
                Boolean substitute) {}
