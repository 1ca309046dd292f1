package se.samverkan.opendata;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OpenDataDtos {

    private OpenDataDtos() {}

    @Schema(name = "OpenDataset", description = "A public dataset and where to download it")
    public record DatasetDto(
            @Schema(required = true, description = "Its name in the download addresses") String slug,
            @Schema(required = true) String titleSv,
            @Schema(required = true) String titleEn,
            @Schema(required = true) String descriptionSv,
            @Schema(required = true) String descriptionEn,
            @Schema(required = true, description = "How many rows it has now") int rows,
            @Schema(required = true) String csv,
            @Schema(required = true) String json,
            @Schema(required = true, description = "Its Table Schema (columns, types, meanings)") String schema) {}

    @Schema(name = "OpenDataFeed", description = "An Atom feed; add ?county=19 for one county")
    public record FeedDto(
            @Schema(required = true, description = "AGREEMENTS (newly adopted) or MINUTES (published)") String kind,
            @Schema(description = "County code, when the feed is a county's") String county,
            @Schema(required = true) String href) {}

    @Schema(name = "OpenDataCatalogue", description = "The public datasets, their licence and feeds")
    public record Catalogue(
            @Schema(required = true) List<DatasetDto> datasets,
            @Schema(required = true) String license,
            @Schema(required = true) String licenseName,
            @Schema(required = true) String publisher,
            @Schema(required = true, description = "When the datasets were built from the data (UTC)") Instant modified,
            @Schema(required = true, description = "The DCAT-AP-SE catalogue (JSON-LD) for dataportal.se") String dcat,
            @Schema(required = true, description = "The same catalogue in Turtle") String dcatTurtle,
            @Schema(required = true) List<FeedDto> feeds) {}
}
