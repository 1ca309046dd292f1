package se.samverkan.grant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.security.CurrentUser;

/**
 * What the caller may do where: the token's base role and claims, plus the active grants read from the database once
 * per request (so a grant or revocation takes effect on the next request, without a new login). Every feature's
 * policy asks here instead of reading the token's coordinator claim itself.
 */
@RequestScoped
public class CallerGrants {

    /** Keycloak names a client's service-account user {@code service-account-<client id>}. */
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    @Inject
    CurrentUser user;

    @Inject
    GrantRepository grants;

    @Inject
    Federations federations;

    private List<Grant> active;
    private Set<String> federationMunicipalities;
    private Set<UUID> authoredLocalAgreements;

    /** The caller as a grant subject; empty for the anonymous public. */
    public Optional<Subject> subject() {
        if (!user.isAuthenticated()) {
            return Optional.empty();
        }
        String name = user.actor();
        Optional<String> client = user.clientId();
        if (client.isPresent() && name.equals(SERVICE_ACCOUNT_PREFIX + client.get())) {
            return Optional.of(new Subject(SubjectType.SERVICE_ACCOUNT, client.get()));
        }
        return Optional.of(new Subject(SubjectType.USER, name));
    }

    public record Subject(SubjectType type, String name) {}

    /** The caller's active grants (read once per request). */
    public List<Grant> active() {
        if (active == null) {
            active = subject().map(s -> grants.activeOf(s.type(), s.name())).orElse(List.of());
        }
        return active;
    }

    private boolean holds(GrantKind kind) {
        return active().stream().anyMatch(g -> g.kind == kind);
    }

    // ---- county coordination ------------------------------------------------------------------

    /** The token's coordinator of this county, or a holder of a county-coordinator grant for it. */
    public boolean coordinatesCounty(String countyCode) {
        if (countyCode == null) {
            return false;
        }
        if (user.isCoordinatorOf(countyCode)) {
            return true;
        }
        return user.isAuthenticated()
                && active().stream()
                        .anyMatch(g -> g.kind == GrantKind.COUNTY_COORDINATOR && countyCode.equals(g.countyCode));
    }

    /** Every county the caller coordinates (token and grants). */
    public Set<String> coordinatedCounties() {
        Set<String> counties = new LinkedHashSet<>();
        if (user.isCoordinator()) {
            user.countyCode().ifPresent(counties::add);
        }
        if (user.isAuthenticated()) {
            active().stream()
                    .filter(g -> g.kind == GrantKind.COUNTY_COORDINATOR)
                    .forEach(g -> counties.add(g.countyCode));
        }
        return counties;
    }

    /** The one county the caller coordinates, for list filters that take one; empty when none. */
    public Optional<String> primaryCounty() {
        return coordinatedCounties().stream().findFirst();
    }

    /** A coordinator by base role or by any coordination grant (county or federation). */
    public boolean isAnyCoordinator() {
        return user.isCoordinator()
                || (user.isAuthenticated()
                        && (holds(GrantKind.COUNTY_COORDINATOR) || holds(GrantKind.FEDERATION_COORDINATOR)));
    }

    // ---- national reading ---------------------------------------------------------------------

    public boolean isNationalReader() {
        return user.isAuthenticated() && holds(GrantKind.NATIONAL_READER);
    }

    // ---- federations --------------------------------------------------------------------------

    public boolean coordinatesFederation(UUID federationId) {
        return federationId != null
                && user.isAuthenticated()
                && active().stream()
                        .anyMatch(g ->
                                g.kind == GrantKind.FEDERATION_COORDINATOR && federationId.equals(g.organisationId));
    }

    /** The member municipalities of every federation the caller coordinates. */
    public Set<String> federationMunicipalities() {
        if (federationMunicipalities == null) {
            List<UUID> ids = user.isAuthenticated()
                    ? active().stream()
                            .filter(g -> g.kind == GrantKind.FEDERATION_COORDINATOR)
                            .map(g -> g.organisationId)
                            .toList()
                    : List.of();
            federationMunicipalities = ids.isEmpty() ? Set.of() : federations.municipalitiesOf(ids);
        }
        return federationMunicipalities;
    }

    public boolean coordinatesFederationMunicipality(String municipalityCode) {
        return municipalityCode != null && federationMunicipalities().contains(municipalityCode);
    }

    // ---- LÖK authors --------------------------------------------------------------------------

    /** The organisations the caller writes LÖKs for in this municipality. */
    public Set<UUID> lokAuthorOrganisations(String municipalityCode) {
        Set<UUID> organisations = new HashSet<>();
        if (municipalityCode == null || !user.isAuthenticated()) {
            return organisations;
        }
        active().stream()
                .filter(g -> g.kind == GrantKind.LOK_AUTHOR && g.municipalities.contains(municipalityCode))
                .forEach(g -> organisations.add(g.organisationId));
        return organisations;
    }

    /** A LÖK author for one of these parties in this municipality. */
    public boolean authorsLok(String municipalityCode, Collection<UUID> parties) {
        Set<UUID> organisations = lokAuthorOrganisations(municipalityCode);
        return parties.stream().anyMatch(organisations::contains);
    }

    /**
     * Whether the caller may write a LÖK in this municipality under this regional agreement, or as it stands (its own
     * parties): a LÖK author acts only where its organisation, or one of its units, is a party ("in the municipalities
     * where it is a party").
     */
    public boolean authorsLokWith(String municipalityCode, UUID... agreements) {
        if (!isLokAuthorIn(municipalityCode)) {
            return false;
        }
        Set<UUID> parties = new HashSet<>();
        for (UUID agreement : agreements) {
            parties.addAll(grants.partiesWithParents(agreement));
        }
        return authorsLok(municipalityCode, parties);
    }

    /**
     * The LÖKs the caller writes as a LÖK author: in a granted municipality, with the grant's organisation (or one of
     * its units) a party of the LÖK or of the regional agreement it sits under. Read once per request.
     */
    public Set<UUID> authoredLocalAgreements() {
        if (authoredLocalAgreements == null) {
            List<Grant> authorGrants = user.isAuthenticated()
                    ? active().stream()
                            .filter(g -> g.kind == GrantKind.LOK_AUTHOR)
                            .toList()
                    : List.of();
            Set<UUID> ids = new HashSet<>();
            if (!authorGrants.isEmpty()) {
                Set<UUID> organisations = new HashSet<>();
                Set<String> municipalities = new HashSet<>();
                authorGrants.forEach(g -> {
                    organisations.add(g.organisationId);
                    municipalities.addAll(g.municipalities);
                });
                for (Object[] row : grants.localAgreementsWithParty(organisations, municipalities)) {
                    String municipality = (String) row[1];
                    UUID organisation = (UUID) row[2];
                    if (authorGrants.stream()
                            .anyMatch(g ->
                                    g.organisationId.equals(organisation) && g.municipalities.contains(municipality))) {
                        ids.add((UUID) row[0]);
                    }
                }
            }
            authoredLocalAgreements = Set.copyOf(ids);
        }
        return authoredLocalAgreements;
    }

    public boolean isLokAuthorIn(String municipalityCode) {
        return !lokAuthorOrganisations(municipalityCode).isEmpty();
    }

    // ---- forums -------------------------------------------------------------------------------

    public boolean editsForum(UUID forumId) {
        return forumId != null
                && user.isAuthenticated()
                && active().stream().anyMatch(g -> g.kind == GrantKind.FORUM_EDITOR && forumId.equals(g.forumId));
    }

    // ---- statistics ---------------------------------------------------------------------------

    public boolean providesIndicator(UUID indicatorId) {
        return indicatorId != null
                && user.isAuthenticated()
                && active().stream()
                        .anyMatch(g -> g.kind == GrantKind.STATISTICS_PROVIDER && g.indicators.contains(indicatorId));
    }
}
