package se.samverkan.forum;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.samverkan.agreement.Level;
import se.samverkan.common.http.Paging;

/** The query parameters of the forum list; an unknown level or kind is refused by the parameter guard (400). */
public record ForumQuery(
        @Parameter(description = "Text in the name")
                @QueryParam("q")
                @Size(max = 200, message = "{validation.at-most-characters}")
                String q,
        @Parameter(description = "County code, e.g. 14")
                @QueryParam("county")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String county,
        @QueryParam("level") Level level,
        @QueryParam("kind") ForumKind kind,
        @QueryParam("page")
                @DefaultValue("0")
                @Min(value = 0, message = "{validation.must-be-value-or-more}")
                @Max(value = Paging.MAX_PAGE, message = "{validation.must-be-value-or-less}")
                int page,
        @QueryParam("size")
                @DefaultValue("50")
                @Min(value = 1, message = "{validation.must-be-between-1-and-100}")
                @Max(value = 100, message = "{validation.must-be-between-1-and-100}")
                int size) {

    ForumRepository.Filter filter() {
        return new ForumRepository.Filter(q, county, level, kind);
    }
}
