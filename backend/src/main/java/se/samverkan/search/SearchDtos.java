package se.samverkan.search;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

public final class SearchDtos {

    private SearchDtos() {}

    @Schema(
            name = "SearchHit",
            description =
                    "One thing found. parentId: the agreement of a goal area, the meeting of minutes,"
                            + " a decision or an agenda item's document, the forum of a meeting; ownerType: what a document is attached to")
    public record SearchHit(
            SearchKind kind,
            UUID id,
            String title,
            @Optional @Schema(description = "Where it belongs, e.g. the agreement or meeting") String context,
            @Optional @Schema(description = "A passage around the words found, as plain text") String excerpt,
            @Optional UUID parentId,
            @Optional String ownerType,
            @Optional UUID ownerId,
            @Optional String countyCode,
            double rank) {}

    @Schema(name = "SearchPage", description = "Hits the caller may read, best first")
    public record SearchPage(
            List<SearchHit> items,
            long total,
            int page,
            int size,
            @Schema(description = "True when only the best matches were considered") boolean limited) {}
}
