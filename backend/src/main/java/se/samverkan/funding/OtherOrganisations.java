package se.samverkan.funding;

import static se.samverkan.common.problem.Text.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.Text;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;

/** The organisations an application or project names besides its lead one (co-applicants, partners). */
final class OtherOrganisations {

    private OtherOrganisations() {}

    /**
     * The organisations of {@code ids} in their order: each known, not the lead one ({@code namesLead} otherwise),
     * none twice; what is wrong is added to {@code violations} under {@code field}.
     */
    static List<Organisation> resolve(
            OrganisationRepository organisations,
            List<UUID> ids,
            UUID lead,
            String field,
            Text namesLead,
            FieldViolations violations) {
        List<Organisation> others = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids == null ? List.<UUID>of() : ids) {
            Organisation organisation = organisations.findById(id);
            if (organisation == null) {
                violations.add(field, text("common.no-organisation-id", id));
            } else if (id.equals(lead)) {
                violations.add(field, namesLead);
            } else if (!seen.add(id)) {
                violations.add(field, text("funding.names-twice", organisation.name));
            } else {
                others.add(organisation);
            }
        }
        return others;
    }
}
