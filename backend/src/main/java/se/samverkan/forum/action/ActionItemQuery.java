package se.samverkan.forum.action;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.samverkan.common.json.InputRules;
import se.samverkan.forum.ActionItemRepository;
import se.samverkan.forum.ActionItemStatus;

/** The query parameters of the action item board; an unknown status is refused by the parameter guard (400). */
public record ActionItemQuery(
        @Parameter(description = "Only this forum's items", schema = @Schema(format = "uuid"))
                @QueryParam("forum")
                @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-a-forum-id-uuid}")
                String forum,
        @Parameter(description = "County code, e.g. 19")
                @QueryParam("county")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String county,
        @Parameter(description = "Only items owned by this organisation", schema = @Schema(format = "uuid"))
                @QueryParam("owner")
                @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-an-organisation-id-uuid}")
                String owner,
        @Parameter(description = "Only items owned by the caller's own organisation")
                @QueryParam("mine")
                @DefaultValue("false")
                boolean mine,
        @QueryParam("status") ActionItemStatus status,
        @QueryParam("overdue") @DefaultValue("false") boolean overdue) {

    ActionItemRepository.Filter filter() {
        return new ActionItemRepository.Filter(InputRules.uuid(forum), county, InputRules.uuid(owner), status, overdue);
    }
}
