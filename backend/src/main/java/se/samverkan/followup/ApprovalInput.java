package se.samverkan.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpApprovalInput", description = "Which forum approved the compiled report, and when")
public record ApprovalInput(
        @Schema(example = "Integrationsrådet")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String approvedBy,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.must-not-be-in-the-future}")
                LocalDate approvedOn) {}
