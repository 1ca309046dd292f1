package se.samverkan.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "HistoryEntry", description = "Who changed what, and when (UTC)")
public record HistoryEntryDto(
        long id,
        Instant at,
        @Schema(description = "Username, service-account-<client> or system") String actor,
        @Optional @Schema(description = "Organisation number the actor acted for") String actorOrganisation,
        @Optional @Schema(description = "OAuth client used: the web app or an integrating system") String actorClient,
        @Schema(
                        description =
                                "Agreements: AGREEMENT, PARTY, GOAL_AREA, RESPONSIBILITY, PRIORITY, INDICATOR or CONSULTATION_INPUT;"
                                        + " follow-up rounds: ROUND or ASSESSMENT; forums: FORUM, MEMBER, MEETING, AGENDA_ITEM, DECISION, ACTION_ITEM,"
                                        + " STATUS_REPORT, INVITATION or CONTRIBUTION; organisations: ORGANISATION")
                String entityType,
        UUID entityId,
        @Schema(description = "CREATED, UPDATED, DELETED or STATUS_CHANGED") String action,
        String summary,
        List<FieldChange> changes) {

    public static HistoryEntryDto from(ChangeLogEntry e) {
        return new HistoryEntryDto(
                e.id,
                e.changedAt,
                e.actor,
                e.actorOrganisation,
                e.actorClient,
                e.entityType,
                e.entityId,
                e.action,
                e.summary,
                e.changes);
    }
}
