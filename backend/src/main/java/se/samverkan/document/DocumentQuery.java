package se.samverkan.document;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.samverkan.common.json.InputRules;

/** Whose documents to list; an unknown owner type is refused by the parameter guard (400), with the id checked too. */
public record DocumentQuery(
        @Parameter(required = true) @QueryParam("ownerType") @NotNull(message = "{validation.is-required}")
                OwnerType ownerType,
        @Parameter(required = true, schema = @Schema(format = "uuid"))
                @QueryParam("ownerId")
                @NotNull(message = "{validation.is-required}")
                @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-an-id-uuid}")
                String ownerId) {}
