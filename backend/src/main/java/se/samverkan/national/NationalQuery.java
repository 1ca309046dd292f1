package se.samverkan.national;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The year the national comparison is read for; this year when absent. */
public record NationalQuery(
        @Parameter(description = "The year (in force, followed up); this year when absent")
                @QueryParam("year")
                @Min(value = 1990, message = "{validation.must-be-value-or-later}")
                @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                Integer year) {}
