package se.samverkan.search;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SearchDtos {

    private SearchDtos() {}

    @Schema(
            name = "SearchHit",
            description =
                    "One thing found. parentId: the agreement of a goal area, the meeting of minutes,"
                            + " a decision or an agenda item's document, the forum of a meeting; ownerType: what a document is attached to")
    public record SearchHit(
            @Schema(required = true) SearchKind kind,
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(description = "Where it belongs, e.g. the agreement or meeting") String context,
            @Schema(description = "A passage around the words found, as plain text") String excerpt,
            UUID parentId,
            String ownerType,
            UUID ownerId,
            String countyCode,
            @Schema(required = true) double rank) {}

    @Schema(name = "SearchPage", description = "Hits the caller may read, best first")
    public record SearchPage(
            @Schema(required = true) List<SearchHit> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true, description = "True when only the best matches were considered")
                    boolean limited) {}
}
