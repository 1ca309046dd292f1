package se.samverkan.opendata;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

public final class OpenDataDtos {

    private OpenDataDtos() {}

    @Schema(name = "OpenDataset", description = "A public dataset and where to download it")
    public record DatasetDto(
            @Schema(description = "Its name in the download addresses") String slug,
            String titleSv,
            String titleEn,
            String descriptionSv,
            String descriptionEn,
            @Schema(description = "How many rows it has now") int rows,
            String csv,
            String json,
            @Schema(description = "Its Table Schema (columns, types, meanings)") String schema) {}

    @Schema(name = "OpenDataFeed", description = "An Atom feed; add ?county=19 for one county")
    public record FeedDto(
            @Schema(description = "AGREEMENTS (newly adopted) or MINUTES (published)") String kind,
            @Optional @Schema(description = "County code, when the feed is a county's") String county,
            String href) {}

    @Schema(name = "OpenDataCatalogue", description = "The public datasets, their licence and feeds")
    public record Catalogue(
            List<DatasetDto> datasets,
            String license,
            String licenseName,
            String publisher,
            @Schema(description = "When the datasets were built from the data (UTC)") Instant modified,
            @Schema(description = "The DCAT-AP-SE catalogue (JSON-LD) for dataportal.se") String dcat,
            @Schema(description = "The same catalogue in Turtle") String dcatTurtle,
            List<FeedDto> feeds) {}
}
