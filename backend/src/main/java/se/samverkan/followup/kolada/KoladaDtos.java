package se.samverkan.followup.kolada;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;

/** The read models of an indicator's Kolada fetching. */
public final class KoladaDtos {

    private KoladaDtos() {}

    @Schema(name = "KoladaStatus", description = "Whether and how an indicator's values come from Kolada")
    public record KoladaStatusDto(
            UUID indicatorId,
            @Schema(
                            description = "Whether this installation fetches from Kolada at all"
                                    + " (samverkan.kolada.enabled, off by default)")
                    boolean enabled,
            @Optional @Schema(description = "The Kolada KPI id, when the indicator's source is KOLADA") String kpi,
            @Schema(description = "Fetched every night (enabled and the schedule is not off)") boolean scheduled,
            @Schema(description = "The caller may fetch now (POST …/kolada/fetch)") boolean canFetch,
            @Schema(description = "The latest fetches, newest first (at most 10)") List<KoladaFetchDto> fetches,
            @Schema(description = "The indicator's version (its ETag)") long version)
            implements Versioned {}

    @Schema(name = "KoladaFetch", description = "One fetch of the indicator's values from Kolada")
    public record KoladaFetchDto(
            UUID id,
            String kpi,
            KoladaFetch.Trigger trigger,
            @Schema(description = "Who asked, or \"kolada-schedule\" for the nightly run") String requestedBy,
            Instant startedAt,
            Instant finishedAt,
            KoladaFetch.Outcome outcome,
            @Schema(description = "Pages of Kolada's answer read") int pages,
            @Schema(description = "Figures Kolada answered with") int rowsReceived,
            @Schema(
                            description = "Values stored: those of the agreement's county (or its municipalities),"
                                    + " of the indicator's genders and of years 1990–2100")
                    int valuesStored,
            @Optional @Schema(description = "Why it failed") KoladaFetch.ErrorKind error,
            @Optional @Schema(description = "Kolada's HTTP status, when it answered with an error")
                    Integer httpStatus) {

        static KoladaFetchDto of(KoladaFetch f) {
            return new KoladaFetchDto(
                    f.id,
                    f.kpi,
                    f.trigger,
                    f.requestedBy,
                    f.startedAt,
                    f.finishedAt,
                    f.outcome,
                    f.pages,
                    f.rowsReceived,
                    f.valuesStored,
                    f.error,
                    f.httpStatus);
        }
    }
}
