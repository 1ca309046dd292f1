package se.samverkan.followup.kolada;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;

/** The read models of an indicator's Kolada fetching. */
public final class KoladaDtos {

    private KoladaDtos() {}

    @Schema(name = "KoladaStatus", description = "Whether and how an indicator's values come from Kolada")
    public record KoladaStatusDto(
            @Schema(required = true) UUID indicatorId,
            @Schema(
                            required = true,
                            description = "Whether this installation fetches from Kolada at all"
                                    + " (samverkan.kolada.enabled, off by default)")
                    boolean enabled,
            @Schema(description = "The Kolada KPI id, when the indicator's source is KOLADA") String kpi,
            @Schema(required = true, description = "Fetched every night (enabled and the schedule is not off)")
                    boolean scheduled,
            @Schema(required = true, description = "The caller may fetch now (POST …/kolada/fetch)") boolean canFetch,
            @Schema(required = true, description = "The latest fetches, newest first (at most 10)")
                    List<KoladaFetchDto> fetches,
            @Schema(required = true, description = "The indicator's version (its ETag)") long version)
            implements Versioned {}

    @Schema(name = "KoladaFetch", description = "One fetch of the indicator's values from Kolada")
    public record KoladaFetchDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String kpi,
            @Schema(required = true) KoladaFetch.Trigger trigger,
            @Schema(required = true, description = "Who asked, or \"kolada-schedule\" for the nightly run")
                    String requestedBy,
            @Schema(required = true) Instant startedAt,
            @Schema(required = true) Instant finishedAt,
            @Schema(required = true) KoladaFetch.Outcome outcome,
            @Schema(required = true, description = "Pages of Kolada's answer read") int pages,
            @Schema(required = true, description = "Figures Kolada answered with") int rowsReceived,
            @Schema(
                            required = true,
                            description = "Values stored: those of the agreement's county (or its municipalities),"
                                    + " of the indicator's genders and of years 1990–2100")
                    int valuesStored,
            @Schema(description = "Why it failed") KoladaFetch.ErrorKind error,
            @Schema(description = "Kolada's HTTP status, when it answered with an error") Integer httpStatus) {

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
