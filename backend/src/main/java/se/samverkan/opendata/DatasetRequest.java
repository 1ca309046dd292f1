package se.samverkan.opendata;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What the reads of one dataset share, whichever form the path asks for: the dataset, and the ETag the caller holds. */
public record DatasetRequest(
        @Parameter(description = "The dataset, e.g. agreements")
                @PathParam("dataset")
                @Pattern(regexp = "[a-z-]{1,40}", message = "{validation.must-be-one-of-regexp}")
                String dataset,
        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {}
