package se.samverkan.common.problem;

import jakarta.ws.rs.core.Response;

/** Lets tests drive the 500 mapping, which no well-behaved endpoint triggers on purpose. */
public final class ProblemMappersProbe {

    private ProblemMappersProbe() {}

    public static Response unexpected(Throwable error) {
        return new ProblemMappers().unexpected(error, null, null);
    }

    /** The field a duplicate-key parse error names. */
    public static String duplicateKey(com.fasterxml.jackson.core.JsonProcessingException error) {
        return ProblemMappers.duplicateKey(error);
    }
}
