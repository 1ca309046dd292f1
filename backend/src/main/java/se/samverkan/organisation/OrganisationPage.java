package se.samverkan.organisation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationPage", description = "One page of organisations and the total number matching")
public record OrganisationPage(
        @Schema(required = true) List<OrganisationSummary> items,
        @Schema(required = true, description = "Number of organisations matching the filters") long total,
        @Schema(required = true, description = "Zero-based page number") int page,
        @Schema(required = true) int size) {}
