package se.samverkan.changes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the change feed; an unknown type is refused by the parameter guard (400). */
public record ChangeQuery(
        @Parameter(description = "The cursor: the `next` of the previous page, 0 (the default) for the beginning")
                @QueryParam("after")
                @DefaultValue("0")
                @Min(value = 0, message = "{validation.must-be-value-or-more}")
                long after,
        @Parameter(description = "Only changes of this type") @QueryParam("type") ChangeType type,
        @Parameter(description = "Only changes in this county, e.g. 19")
                @QueryParam("county")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String county,
        @Parameter(description = "At most this many changes, 1 to 500")
                @QueryParam("limit")
                @DefaultValue("100")
                @Min(value = 1, message = "{validation.must-be-between-1-and-500}")
                @Max(value = 500, message = "{validation.must-be-between-1-and-500}")
                int limit) {}
