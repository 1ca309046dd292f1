package se.samverkan.forum.meeting;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "AttendeeInput", description = "An organisation, a named person, or both")
public record AttendeeInput(
        @Optional UUID organisationId,
        @Optional @Schema(example = "Kajsa Rosén") @Size(max = 200, message = "{validation.at-most-characters}")
                String name,
        @Optional @Size(max = 300, message = "{validation.at-most-characters}") String title) {}
