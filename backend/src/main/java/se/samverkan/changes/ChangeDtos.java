package se.samverkan.changes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ChangeDtos {

    private ChangeDtos() {}

    @Schema(name = "Change", description = "One committed change of something the caller may read")
    public record ChangeDto(
            @Schema(required = true, description = "The change's place in commit order; pass it as `after` to go on")
                    long position,
            @Schema(required = true) ChangeType type,
            @Schema(required = true, description = "The changed thing (the agreement, forum, meeting …)") UUID id,
            @Schema(
                            required = true,
                            description =
                                    "CREATED, UPDATED, STATUS_CHANGED or DELETED (of the thing or one of its parts)")
                    String change,
            @Schema(
                            description =
                                    "The thing's stored version when the change was committed (the ETag of an authenticated read);"
                                            + " absent once deleted")
                    Long version,
            @Schema(required = true, description = "When the change was made (UTC)") Instant at,
            @Schema(description = "County code; absent for national things") String county) {}

    @Schema(name = "ChangePage", description = "Changes after a cursor, in commit order")
    public record ChangePage(
            @Schema(required = true) List<ChangeDto> items,
            @Schema(
                            required = true,
                            description = "The cursor to store and send as `after` next time (past changes the caller"
                                    + " may not see, too)")
                    long next,
            @Schema(required = true, description = "True when more changes follow at once") boolean more) {}
}
