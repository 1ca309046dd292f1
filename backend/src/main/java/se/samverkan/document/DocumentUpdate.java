package se.samverkan.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentUpdate", description = "A document's description; url only for links (required there)")
public record DocumentUpdate(
        @Schema(required = true, maxLength = 300)
                @NotBlank(message = "is required")
                @Size(max = 300, message = "must be at most 300 characters")
                String title,
        @Schema(required = true) @NotNull(message = "is required") DocumentKind kind,
        @Schema(required = true)
                @NotNull(message = "is required")
                @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as sv or en")
                String language,
        @Schema(required = true) @NotNull(message = "is required") DocumentVisibility visibility,
        @Schema(maxLength = 2000)
                @Size(max = 2000, message = "must be at most 2000 characters")
                @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be an http or https address")
                String url) {}
