package se.samverkan.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the search; an unknown kind is refused by the parameter guard (400). */
public record SearchQuery(
        @Parameter(required = true, description = "Words to find")
                @QueryParam("q")
                @NotBlank(message = "{validation.is-required}")
                @Size(min = 2, max = 200, message = "{validation.characters-between}")
                String q,
        @QueryParam("kind") SearchKind kind,
        @Parameter(description = "County code, e.g. 19")
                @QueryParam("county")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String county,
        @QueryParam("page")
                @DefaultValue("0")
                @Min(value = 0, message = "{validation.must-be-value-or-more}")
                @Max(value = 1000, message = "{validation.must-be-at-most-1000}")
                int page,
        @QueryParam("size")
                @DefaultValue("20")
                @Min(value = 1, message = "{validation.must-be-between-1-and-100}")
                @Max(value = 100, message = "{validation.must-be-between-1-and-100}")
                int size) {}
