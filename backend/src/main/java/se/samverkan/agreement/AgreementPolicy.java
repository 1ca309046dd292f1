package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.grant.CallerGrants;
import se.samverkan.organisation.CallerOrganisation;

/**
 * Who sees and changes agreements:
 * everyone (also without login) reads adopted, expired and superseded agreements; members of a party organisation
 * also read its drafts and consultation versions; the county's coordinator reads and edits the county's agreements;
 * admins everything. Grants add to that (see se.samverkan.grant): a county-coordinator grant acts as the county's
 * coordinator; a national reader reads everything; a federation's coordinator reads and runs the LÖKs of the
 * federation's municipalities, and a LÖK author those of its granted municipalities (creating them there, too).
 * What a caller may not see is 404, never 403, so drafts do not leak their existence.
 */
@ApplicationScoped
public class AgreementPolicy {

    @Inject
    CurrentUser user;

    @Inject
    CallerOrganisation callerOrganisation;

    @Inject
    CallerGrants grants;

    @Inject
    Clock clock;

    @Inject
    se.samverkan.reference.CountyRepository counties;

    /**
     * The visibility rule as query parameters, so lists apply exactly the same rule as single reads: every county the
     * caller coordinates (token and grants), and the municipalities whose LÖKs they run by a federation or LÖK-author
     * grant.
     */
    public record Visibility(
            boolean everything,
            List<String> coordinatorCounties,
            List<String> localMunicipalities,
            UUID memberOrganisation) {}

    public Visibility visibility() {
        boolean everything = user.isAdmin() || grants.isNationalReader();
        return new Visibility(
                everything,
                everything ? List.of() : List.copyOf(grants.coordinatedCounties()),
                everything ? List.of() : localCreationMunicipalities(),
                callerOrganisation.id().orElse(null));
    }

    public boolean canRead(Agreement agreement) {
        if (agreement.status.isPublic()
                || user.isAdmin()
                || grants.isNationalReader()
                || grants.coordinatesCounty(agreement.countyCode())
                || runsLocal(agreement.kind, municipality(agreement))) {
            return true;
        }
        Optional<UUID> organisation = callerOrganisation.id();
        return organisation.isPresent()
                && agreement.parties.stream().anyMatch(p -> p.organisation.id.equals(organisation.get()));
    }

    /**
     * The same rule from an agreement's facts (a projection that asked whether the caller's organisation is a party),
     * so that a list of other features' rows needs no agreement loaded.
     */
    public boolean canRead(
            AgreementStatus status,
            String countyCode,
            AgreementKind kind,
            String municipalityCode,
            boolean callerIsParty) {
        return status.isPublic()
                || user.isAdmin()
                || grants.isNationalReader()
                || grants.coordinatesCounty(countyCode)
                || runsLocal(kind, municipalityCode)
                || (callerIsParty && callerOrganisation.id().isPresent());
    }

    /** The same rule for a built document (its parties name their organisations). */
    public boolean canRead(AgreementDtos.AgreementDto document) {
        if (document.status().isPublic()
                || user.isAdmin()
                || grants.isNationalReader()
                || grants.coordinatesCounty(document.countyCode())
                || runsLocal(document.kind(), document.municipalityCode())) {
            return true;
        }
        Optional<UUID> organisation = callerOrganisation.id();
        return organisation.isPresent()
                && document.parties().stream()
                        .anyMatch(p -> p.organisation().id().equals(organisation.get()));
    }

    public boolean canManage(Agreement agreement) {
        return canManage(agreement.countyCode(), agreement.kind, municipality(agreement));
    }

    /** The same from an agreement's facts (a projection). */
    public boolean canManage(String countyCode, AgreementKind kind, String municipalityCode) {
        return user.isAdmin() || grants.coordinatesCounty(countyCode) || runsLocal(kind, municipalityCode);
    }

    /** A LÖK of a municipality whose federation the caller coordinates, or for which they author LÖKs. */
    private boolean runsLocal(AgreementKind kind, String municipalityCode) {
        return kind == AgreementKind.LOCAL
                && municipalityCode != null
                && (grants.coordinatesFederationMunicipality(municipalityCode)
                        || grants.isLokAuthorIn(municipalityCode));
    }

    private static String municipality(Agreement agreement) {
        return agreement.municipality == null ? null : agreement.municipality.code;
    }

    public boolean canCreateIn(String countyCode) {
        return user.isAdmin() || grants.coordinatesCounty(countyCode);
    }

    /** Creating (or moving) an agreement: the county's coordinators, or for a LÖK those who run its municipality's. */
    public boolean canCreate(String countyCode, AgreementKind kind, String municipalityCode) {
        return canManage(countyCode, kind, municipalityCode);
    }

    /** Whether the caller may create agreements anywhere at all (admins, coordinators, LÖK authors). */
    public boolean canCreateAny() {
        return user.isAdmin()
                || !grants.coordinatedCounties().isEmpty()
                || !grants.federationMunicipalities().isEmpty()
                || grants.active().stream().anyMatch(g -> g.kind == se.samverkan.grant.GrantKind.LOK_AUTHOR);
    }

    /** Counties where the caller creates agreements of every kind: all for admins, their own for coordinators. */
    public List<String> creationCounties() {
        if (user.isAdmin()) {
            return counties.listByCode().stream().map(c -> c.code).toList();
        }
        return grants.coordinatedCounties().stream().sorted().toList();
    }

    /** Municipalities where the caller creates LÖKs by grant (a federation's coordinator, a LÖK author). */
    public List<String> localCreationMunicipalities() {
        java.util.Set<String> municipalities = new java.util.TreeSet<>(grants.federationMunicipalities());
        grants.active().stream()
                .filter(g -> g.kind == se.samverkan.grant.GrantKind.LOK_AUTHOR)
                .forEach(g -> municipalities.addAll(g.municipalities));
        return List.copyOf(municipalities);
    }

    public void assertCanRead(Agreement agreement) {
        if (!canRead(agreement)) {
            throw ProblemException.notFound(text("agreement.not-found", agreement.id));
        }
    }

    /** Changing anything: 404 when the caller cannot even see it, 403 when they can see but not change it. */
    public void assertCanManage(Agreement agreement) {
        assertCanRead(agreement);
        if (!canManage(agreement)) {
            throw ProblemException.forbidden(text("agreement.coordinator-change-agreement", agreement.countyCode()));
        }
    }

    public void assertCanCreateIn(String countyCode) {
        if (!canCreateIn(countyCode)) {
            throw ProblemException.forbidden(text("agreement.coordinator-create-agreements-there", countyCode));
        }
    }

    public void assertCanCreate(String countyCode, AgreementKind kind, String municipalityCode) {
        if (!canCreate(countyCode, kind, municipalityCode)) {
            throw ProblemException.forbidden(text("agreement.coordinator-create-agreements-there", countyCode));
        }
    }

    /** What the caller may do now: their right to manage it, and what the lifecycle allows in its status. */
    public AgreementDtos.Permissions permissions(Agreement agreement) {
        return permissions(
                agreement.status, agreement.countyCode(), agreement.lastYear, agreement.kind, municipality(agreement));
    }

    /** The same from a kept document's facts, so that a cached document gets each caller's permissions. */
    public AgreementDtos.Permissions permissions(
            AgreementStatus status, String countyCode, int lastYear, AgreementKind kind, String municipalityCode) {
        var lifecycle = AgreementStatus.LIFECYCLE;
        boolean manage = canManage(countyCode, kind, municipalityCode);
        boolean periodEnded =
                lastYear < se.samverkan.common.time.Clocks.today(clock).getYear();
        List<AgreementStatus> statusChanges = new ArrayList<>();
        if (manage) {
            for (AgreementStatus.Action action : lifecycle.allowedIn(status)) {
                if (AgreementStatus.Action.STATUS_CHANGES.contains(action)
                        && (action != AgreementStatus.Action.EXPIRE || periodEnded)) {
                    statusChanges.add(lifecycle.target(action).orElseThrow());
                }
            }
        }
        return new AgreementDtos.Permissions(
                manage && lifecycle.allowsIn(status, AgreementStatus.Action.EDIT),
                manage && lifecycle.allowsIn(status, AgreementStatus.Action.SET_PRIORITIES),
                manage && lifecycle.allowsIn(status, AgreementStatus.Action.DELETE),
                statusChanges,
                manage);
    }
}
