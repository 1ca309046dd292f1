package se.samverkan.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LinkInput",
        description = "A link to a document published elsewhere, e.g. a report on a county board's website")
public record LinkInput(
        @NotNull(message = "{validation.is-required}") OwnerType ownerType,
        @NotNull(message = "{validation.is-required}") UUID ownerId,
        @Schema(maxLength = 300)
                @NotBlank(message = "{validation.is-required}")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String title,
        @NotNull(message = "{validation.is-required}") DocumentKind kind,
        @Schema(description = "ISO 639-1, e.g. sv")
                @NotNull(message = "{validation.is-required}")
                @Pattern(regexp = "[a-z]{2}", message = "{validation.must-be-a-two-letter-language-code-such}")
                String language,
        @NotNull(message = "{validation.is-required}") DocumentVisibility visibility,
        @Schema(maxLength = 2000)
                @NotBlank(message = "{validation.is-required}")
                @Size(max = 2000, message = "{validation.at-most-characters}")
                @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{validation.must-be-an-http-or-https-address}")
                String url) {}
