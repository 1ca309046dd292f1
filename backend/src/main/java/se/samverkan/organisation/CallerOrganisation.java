package se.samverkan.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.common.security.CurrentUser;

/** The organisation the caller acts for (from the token's organisation number), looked up once per request. */
@RequestScoped
public class CallerOrganisation {

    @Inject
    CurrentUser user;

    @Inject
    OrganisationRepository organisations;

    private Optional<UUID> id;

    public Optional<UUID> id() {
        if (id == null) {
            id = user.organisationNumber().flatMap(organisations::findByOrganisationNumber).map(o -> o.id);
        }
        return id;
    }
}
