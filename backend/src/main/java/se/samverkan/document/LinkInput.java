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
        @Schema(required = true) @NotNull(message = "is required") OwnerType ownerType,
        @Schema(required = true) @NotNull(message = "is required") UUID ownerId,
        @Schema(required = true, maxLength = 300)
                @NotBlank(message = "is required")
                @Size(max = 300, message = "must be at most 300 characters")
                String title,
        @Schema(required = true) @NotNull(message = "is required") DocumentKind kind,
        @Schema(required = true, description = "ISO 639-1, e.g. sv")
                @NotNull(message = "is required")
                @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as sv or en")
                String language,
        @Schema(required = true) @NotNull(message = "is required") DocumentVisibility visibility,
        @Schema(required = true, maxLength = 2000)
                @NotBlank(message = "is required")
                @Size(max = 2000, message = "must be at most 2000 characters")
                @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be an http or https address")
                String url) {}
