package se.samverkan.search;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.search.SearchDtos.SearchPage;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Search",
        description = "Swedish full-text search across agreements, forums, meetings, minutes, decisions,"
                + " action items, organisations and documents")
public class SearchResource {

    static final String KINDS = "AGREEMENT|GOAL_AREA|FORUM|MEETING|MINUTES|DECISION|ACTION_ITEM|ORGANISATION|DOCUMENT";

    @Inject
    SearchService service;

    @GET
    @Operation(
            summary = "Search everything the caller may read",
            description = "Ranked; Swedish stemming and folding as in the agreement search; words match as prefixes"
                    + " (\"bostad\" finds \"bostadsförsörjning\"); the text of attached PDFs is searched too")
    public SearchPage search(
            @Parameter(required = true, description = "Words to find")
                    @QueryParam("q")
                    @NotBlank(message = "is required")
                    @Size(min = 2, max = 200, message = "must be between 2 and 200 characters")
                    String q,
            @Parameter(schema = @Schema(implementation = SearchKind.class))
                    @QueryParam("kind")
                    @Pattern(regexp = KINDS, message = "must be one of " + KINDS)
                    String kind,
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code")
                    String county,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @Max(value = 1000, message = "must be at most 1000")
                    int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be between 1 and 100")
                    @Max(value = 100, message = "must be between 1 and 100")
                    int size) {
        return service.search(q.strip(), kind == null ? null : SearchKind.valueOf(kind), county, page, size);
    }
}
