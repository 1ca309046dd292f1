package se.samverkan.forum.meeting;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendeeInput", description = "An organisation, a named person, or both")
public record AttendeeInput(
        UUID organisationId,
        @Schema(example = "Kajsa Rosén") @Size(max = 200, message = "{validation.at-most-characters}") String name,
        @Size(max = 300, message = "{validation.at-most-characters}") String title) {}
