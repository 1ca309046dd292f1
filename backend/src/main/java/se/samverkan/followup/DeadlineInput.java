package se.samverkan.followup;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpDeadlineInput")
public record DeadlineInput(@NotNull(message = "{validation.required}") LocalDate deadline) {}
