package se.samverkan.forum.report;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "CompilationInput")
public record CompilationInput(
        @Optional
                @Schema(
                        description =
                                "The compiled report as the coordinator wrote it; when omitted, the contributions are put together"
                                        + " theme by theme")
                @Size(max = 200000, message = "{validation.at-most-characters}")
                String text) {}
