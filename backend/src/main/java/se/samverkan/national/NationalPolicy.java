package se.samverkan.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.grant.CallerGrants;

/**
 * What the national comparison shows the caller. Everyone (the public too) sees what is public: agreements adopted,
 * follow-up approved or recorded, action items of published minutes, indicator values of public agreements. A national
 * reader (grant) and an admin see every county's internal state as well: agreements in preparation, follow-up compiled
 * or still open (accepted assessments only), every open action item, indicator values of agreements not yet adopted.
 * A county coordinator reads their own county's internal state on its own pages, not here.
 */
@ApplicationScoped
public class NationalPolicy {

    @Inject
    CurrentUser user;

    @Inject
    CallerGrants grants;

    public boolean readsInternal() {
        return user.isAdmin() || grants.isNationalReader();
    }
}
