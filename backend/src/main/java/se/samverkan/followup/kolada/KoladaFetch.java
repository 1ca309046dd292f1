package se.samverkan.followup.kolada;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One fetch of an indicator's values from Kolada: when, why, by whom, what came back and how it ended. */
@Entity
public class KoladaFetch {

    /** Why a fetch ran: a coordinator asked, or the nightly schedule. */
    @Schema(name = "KoladaFetchTrigger")
    public enum Trigger {
        MANUAL,
        SCHEDULED
    }

    @Schema(name = "KoladaFetchOutcome")
    public enum Outcome {
        SUCCEEDED,
        FAILED
    }

    /** What went wrong: Kolada not reached, too slow, an error status, an answer that is not Kolada's shape. */
    @Schema(name = "KoladaFetchError")
    public enum ErrorKind {
        UNREACHABLE,
        TIMEOUT,
        HTTP_STATUS,
        INVALID_RESPONSE,
        /** The indicator was redefined while its values were on the way: they were not stored. */
        INDICATOR_CHANGED
    }

    @Id
    public UUID id;

    public UUID indicatorId;

    public String kpi;

    @Enumerated(EnumType.STRING)
    public Trigger trigger;

    public String requestedBy;

    public Instant startedAt;

    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public int pages;

    public int rowsReceived;

    public int valuesStored;

    @Enumerated(EnumType.STRING)
    public ErrorKind error;

    public Integer httpStatus;
}
