package se.samverkan.organisation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationPage", description = "One page of organisations and the total number matching")
public record OrganisationPage(
        List<OrganisationSummary> items,
        @Schema(description = "Number of organisations matching the filters") long total,
        @Schema(description = "Zero-based page number") int page,
        int size) {}
