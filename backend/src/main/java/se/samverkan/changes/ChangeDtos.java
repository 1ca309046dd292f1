package se.samverkan.changes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

public final class ChangeDtos {

    private ChangeDtos() {}

    @Schema(name = "Change", description = "One committed change of something the caller may read")
    public record ChangeDto(
            @Schema(description = "The change's place in commit order; pass it as `after` to go on") long position,
            ChangeType type,
            @Schema(description = "The changed thing (the agreement, forum, meeting …)") UUID id,
            @Schema(description = "CREATED, UPDATED, STATUS_CHANGED or DELETED (of the thing or one of its parts)")
                    String change,
            @Optional
                    @Schema(
                            description =
                                    "The thing's stored version when the change was committed (the ETag of an authenticated read);"
                                            + " absent once deleted")
                    Long version,
            @Schema(description = "When the change was made (UTC)") Instant at,
            @Optional @Schema(description = "County code; absent for national things") String county) {}

    @Schema(name = "ChangePage", description = "Changes after a cursor, in commit order")
    public record ChangePage(
            List<ChangeDto> items,
            @Schema(
                            description = "The cursor to store and send as `after` next time (past changes the caller"
                                    + " may not see, too)")
                    long next,
            @Schema(description = "True when more changes follow at once") boolean more) {}
}
