package se.samverkan.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "DocumentUpdate", description = "A document's description; url only for links (required there)")
public record DocumentUpdate(
        @Schema(maxLength = 300)
                @NotBlank(message = "{validation.is-required}")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String title,
        @NotNull(message = "{validation.is-required}") DocumentKind kind,
        @NotNull(message = "{validation.is-required}")
                @Pattern(regexp = "[a-z]{2}", message = "{validation.must-be-a-two-letter-language-code-such}")
                String language,
        @NotNull(message = "{validation.is-required}") DocumentVisibility visibility,
        @Optional
                @Schema(maxLength = 2000)
                @Size(max = 2000, message = "{validation.at-most-characters}")
                @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{validation.must-be-an-http-or-https-address}")
                String url) {}
