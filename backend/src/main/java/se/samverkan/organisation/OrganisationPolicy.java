package se.samverkan.organisation;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.grant.CallerGrants;

/**
 * Who may change organisations: admins, and the coordinator of the organisation's county.
 * Everyone, also without login, may read them. National organisations (no county) are for admins.
 */
@ApplicationScoped
public class OrganisationPolicy {

    /** County coordination by grant counts like the token's (se.samverkan.grant). */
    @Inject
    CallerGrants grants;

    public boolean canCreate(CurrentUser user) {
        return user.isAdmin()
                || user.isCoordinator()
                || !grants.coordinatedCounties().isEmpty();
    }

    public boolean canCreateIn(CurrentUser user, String countyCode) {
        return user.isAdmin() || grants.coordinatesCounty(countyCode);
    }

    public boolean canUpdate(CurrentUser user, Organisation organisation) {
        return user.isAdmin() || grants.coordinatesCounty(organisation.countyCode());
    }

    public boolean canDelete(CurrentUser user, Organisation organisation) {
        return canUpdate(user, organisation);
    }

    public OrganisationPermissions permissions(CurrentUser user, Organisation organisation) {
        return new OrganisationPermissions(canUpdate(user, organisation), canDelete(user, organisation));
    }

    public void assertCanCreateIn(CurrentUser user, String countyCode) {
        if (!canCreateIn(user, countyCode)) {
            throw ProblemException.forbidden(
                    countyCode == null
                            ? text("organisation.only-administrators-register-organisations-without")
                            : text("organisation.coordinator-register-organisations-there", countyCode));
        }
    }

    /** Moving an organisation to another county needs the right in both counties. */
    public void assertCanUpdate(CurrentUser user, Organisation organisation, String newCountyCode) {
        if (!canUpdate(user, organisation)) {
            throw ProblemException.forbidden(text("organisation.coordinator-only-change"));
        }
        assertCanCreateIn(user, newCountyCode);
    }

    public void assertCanDelete(CurrentUser user, Organisation organisation) {
        if (!canDelete(user, organisation)) {
            throw ProblemException.forbidden(text("organisation.coordinator-only-delete"));
        }
    }
}
