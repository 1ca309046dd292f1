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

    private Optional<OrganisationReference> reference;

    public Optional<UUID> id() {
        return reference().map(OrganisationReference::id);
    }

    /**
     * What a list narrowed to "only mine" shows: the caller's own organisation; none (the list is empty) when the caller
     * acts for no organisation or the list already asks for another one ({@code asked}, null when it asks for none).
     */
    public static Optional<UUID> onlyMine(Optional<UUID> own, UUID asked) {
        return own.filter(id -> asked == null || asked.equals(id));
    }

    /** Id and name, for showing the caller who they act for. */
    public Optional<OrganisationReference> reference() {
        if (reference == null) {
            reference = user.organisationNumber()
                    .flatMap(organisations::findByOrganisationNumber)
                    .map(o -> new OrganisationReference(o.id, o.name));
        }
        return reference;
    }
}
