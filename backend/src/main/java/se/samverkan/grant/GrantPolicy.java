package se.samverkan.grant;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;

/**
 * Who sees and changes grants: admins everywhere; a county's coordinators (by token or by grant) see, grant and revoke
 * the grants of their county, but never a national reader (no county owns it) and nothing in another county. Everyone
 * sees their own grants. What a caller may not see is 404; what they see but may not change is 403.
 */
@ApplicationScoped
public class GrantPolicy {

    @Inject
    CurrentUser user;

    @Inject
    CallerGrants caller;

    @Inject
    jakarta.persistence.EntityManager em;

    /** The counties whose grants the caller manages: every county for admins, their own for coordinators. */
    public java.util.List<String> managedCounties() {
        if (user.isAdmin()) {
            return em.createQuery("select c.code from County c order by c.code", String.class)
                    .getResultList();
        }
        return caller.coordinatedCounties().stream().sorted().toList();
    }

    /** The counties where the caller has a scope: the token's county first, then each active grant's county. */
    public java.util.List<String> scopeCounties() {
        java.util.Set<String> counties = new java.util.LinkedHashSet<>();
        user.countyCode().ifPresent(counties::add);
        caller.active().stream()
                .map(g -> g.countyCode)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .forEach(counties::add);
        return java.util.List.copyOf(counties);
    }

    public boolean canListCounty(String countyCode) {
        return user.isAdmin() || caller.coordinatesCounty(countyCode);
    }

    public void assertCanListCounty(String countyCode) {
        if (!canListCounty(countyCode)) {
            throw ProblemException.forbidden(text("grant.only-administrators-coordinators-county-see", countyCode));
        }
    }

    /** Grants without a county (national readers, statistics providers across counties): admins only. */
    public boolean canListNational() {
        return user.isAdmin();
    }

    public void assertCanListNational() {
        if (!canListNational()) {
            throw ProblemException.forbidden(text("grant.only-administrators-see-national-grants"));
        }
    }

    public boolean isHolder(Grant grant) {
        return caller.subject()
                .map(s -> s.type() == grant.subjectType && s.name().equals(grant.subject))
                .orElse(false);
    }

    public boolean canRead(Grant grant) {
        return user.isAdmin() || isHolder(grant) || caller.coordinatesCounty(grant.countyCode);
    }

    public void assertCanRead(Grant grant) {
        if (!canRead(grant)) {
            throw ProblemException.notFound(text("grant.not-found", grant.id));
        }
    }

    /** Granting and revoking: admins anything; coordinators in their own county, never a national reader. */
    public boolean canGrant(GrantKind kind, String countyCode) {
        if (user.isAdmin()) {
            return true;
        }
        // A grant without a county (a national reader, a statistics provider across counties) is for admins alone.
        return kind != GrantKind.NATIONAL_READER && caller.coordinatesCounty(countyCode);
    }

    public void assertCanGrant(GrantKind kind, String countyCode) {
        if (!canGrant(kind, countyCode)) {
            throw ProblemException.forbidden(
                    kind == GrantKind.NATIONAL_READER
                            ? text("grant.only-administrators-grant-national-reader")
                            : countyCode == null
                                    ? text("grant.only-administrators-grant-outside-counties")
                                    : text("grant.only-administrators-coordinators-county-grant", countyCode));
        }
    }

    public void assertCanRevoke(Grant grant) {
        assertCanRead(grant);
        assertCanGrant(grant.kind, grant.countyCode);
    }

    /** Searching people to grant to: for whoever may grant anything. */
    public void assertCanSearchUsers() {
        if (!user.isAdmin() && caller.coordinatedCounties().isEmpty()) {
            throw ProblemException.forbidden(text("grant.only-administrators-coordinators-search-users"));
        }
    }
}
