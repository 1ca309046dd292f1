package se.samverkan.common.decision;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** The meeting decision that decided something, as the decided thing links to it. */
@Schema(
        name = "DecisionLink",
        description = "The meeting decision that decided this: fastställd av <forum> <date>, § <paragraph>")
public record DecisionLinkDto(
        UUID decisionId,
        UUID meetingId,
        UUID forumId,
        String forumName,
        LocalDate date,
        @Optional @Schema(description = "The agenda point (§); absent for meetings transcribed from documents")
                Integer paragraph) {

    public static DecisionLinkDto of(DecisionDirectory.DecisionRef ref) {
        return ref == null
                ? null
                : new DecisionLinkDto(
                        ref.decisionId(), ref.meetingId(), ref.forumId(), ref.forumName(), ref.date(), ref.paragraph());
    }
}
