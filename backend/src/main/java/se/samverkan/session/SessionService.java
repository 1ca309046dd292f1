package se.samverkan.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.grant.GrantPolicy;
import se.samverkan.organisation.CallerOrganisation;
import se.samverkan.organisation.OrganisationPolicy;
import se.samverkan.organisation.OrganisationReference;

/** The caller as the API sees them; what they may do comes from the features' policies. */
@ApplicationScoped
public class SessionService {

    @Inject
    CurrentUser user;

    @Inject
    CallerOrganisation callerOrganisation;

    @Inject
    OrganisationPolicy organisationPolicy;

    @Inject
    AgreementPolicy agreementPolicy;

    @Inject
    GrantPolicy grantPolicy;

    @Transactional
    public SessionDto current() {
        var permissions = new SessionDto.SessionPermissions(
                organisationPolicy.canCreate(user),
                agreementPolicy.canCreateAny(),
                grantPolicy.managedCounties(),
                agreementPolicy.creationCounties(),
                agreementPolicy.localCreationMunicipalities());
        if (!user.isAuthenticated()) {
            return new SessionDto(false, null, null, List.of(), null, null, null, null, permissions);
        }
        OrganisationReference organisation = callerOrganisation.reference().orElse(null);
        return new SessionDto(
                true,
                user.actor(),
                user.displayName().orElse(null),
                user.roles().stream().sorted().toList(),
                user.countyCode().orElse(null),
                user.organisationNumber().orElse(null),
                organisation == null ? null : organisation.id(),
                organisation == null ? null : organisation.name(),
                permissions);
    }
}
