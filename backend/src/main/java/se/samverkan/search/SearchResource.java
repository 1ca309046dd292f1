package se.samverkan.search;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.search.SearchDtos.SearchPage;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Search",
        description = "Swedish full-text search across agreements, forums, meetings, minutes, decisions,"
                + " action items, organisations and documents")
public class SearchResource {

    @Inject
    SearchService service;

    @GET
    @Operation(
            summary = "Search everything the caller may read",
            description = "Ranked; Swedish stemming and folding as in the agreement search; words match as prefixes"
                    + " (\"bostad\" finds \"bostadsförsörjning\"); the text of attached PDFs is searched too")
    public SearchPage search(@Valid @BeanParam SearchQuery query) {
        return service.search(query.q().strip(), query.kind(), query.county(), query.page(), query.size());
    }
}
