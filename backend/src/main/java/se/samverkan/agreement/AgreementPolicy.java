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
            List<UUID> authoredAgreements,
            UUID memberOrganisation) {}

    public Visibility visibility() {
        boolean everything = user.isAdmin() || grants.isNationalReader();
        return new Visibility(
                everything,
                everything ? List.of() : List.copyOf(grants.coordinatedCounties()),
                everything ? List.of() : List.copyOf(new java.util.TreeSet<>(grants.federationMunicipalities())),
                everything ? List.of() : List.copyOf(grants.authoredLocalAgreements()),
                callerOrganisation.id().orElse(null));
    }

    public boolean canRead(Agreement agreement) {
        if (agreement.status.isPublic()
                || user.isAdmin()
                || grants.isNationalReader()
                || grants.coordinatesCounty(agreement.countyCode())
                || runsLocal(agreement.id, agreement.kind, municipality(agreement))) {
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
            UUID agreementId,
            AgreementStatus status,
            String countyCode,
            AgreementKind kind,
            String municipalityCode,
            boolean callerIsParty) {
        return status.isPublic()
                || user.isAdmin()
                || grants.isNationalReader()
                || grants.coordinatesCounty(countyCode)
                || runsLocal(agreementId, kind, municipalityCode)
                || (callerIsParty && callerOrganisation.id().isPresent());
    }

    /** The same rule for a built document (its parties name their organisations). */
    public boolean canRead(AgreementDtos.AgreementDto document) {
        if (document.status().isPublic()
                || user.isAdmin()
                || grants.isNationalReader()
                || grants.coordinatesCounty(document.countyCode())
                || runsLocal(document.id(), document.kind(), document.municipalityCode())) {
            return true;
        }
        Optional<UUID> organisation = callerOrganisation.id();
        return organisation.isPresent()
                && document.parties().stream()
                        .anyMatch(p -> p.organisation().id().equals(organisation.get()));
    }

    public boolean canManage(Agreement agreement) {
        return canManage(agreement.id, agreement.countyCode(), agreement.kind, municipality(agreement));
    }

    /** The same from an agreement's facts (a projection). */
    public boolean canManage(UUID agreementId, String countyCode, AgreementKind kind, String municipalityCode) {
        return user.isAdmin() || grants.coordinatesCounty(countyCode) || runsLocal(agreementId, kind, municipalityCode);
    }

    /**
     * A LÖK of a municipality whose federation the caller coordinates, or one they author: in a granted municipality
     * with the author's organisation a party of the LÖK or of the RÖK it sits under.
     */
    private boolean runsLocal(UUID agreementId, AgreementKind kind, String municipalityCode) {
        return kind == AgreementKind.LOCAL
                && municipalityCode != null
                && (grants.coordinatesFederationMunicipality(municipalityCode)
                        || grants.authoredLocalAgreements().contains(agreementId));
    }

    private static String municipality(Agreement agreement) {
        return agreement.municipality == null ? null : agreement.municipality.code;
    }

    public boolean canCreateIn(String countyCode) {
        return user.isAdmin() || grants.coordinatesCounty(countyCode);
    }

    /**
     * Creating (or moving) an agreement: the county's coordinators; for a LÖK also a federation's coordinator of its
     * municipality, and a LÖK author in a granted municipality whose organisation is a party of the RÖK it goes under
     * (or, when it is moved, of the LÖK itself).
     */
    public boolean canCreate(
            String countyCode, AgreementKind kind, String municipalityCode, UUID parentAgreementId, UUID existingId) {
        if (user.isAdmin() || grants.coordinatesCounty(countyCode)) {
            return true;
        }
        return kind == AgreementKind.LOCAL
                && municipalityCode != null
                && (grants.coordinatesFederationMunicipality(municipalityCode)
                        || grants.authorsLokWith(municipalityCode, parentAgreementId, existingId));
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

    public void assertCanCreate(
            String countyCode, AgreementKind kind, String municipalityCode, UUID parentAgreementId, UUID existingId) {
        if (!canCreate(countyCode, kind, municipalityCode, parentAgreementId, existingId)) {
            if (kind == AgreementKind.LOCAL && grants.isLokAuthorIn(municipalityCode)) {
                throw ProblemException.forbidden(text("agreement.lok-author-needs-party"));
            }
            throw ProblemException.forbidden(text("agreement.coordinator-create-agreements-there", countyCode));
        }
    }

    /** What the caller may do now: their right to manage it, and what the lifecycle allows in its status. */
    public AgreementDtos.Permissions permissions(Agreement agreement) {
        return permissions(
                agreement.id,
                agreement.status,
                agreement.countyCode(),
                agreement.lastYear,
                agreement.kind,
                municipality(agreement),
                callerIsParty(agreement));
    }

    /** Whether the caller's organisation is one of the agreement's parties. */
    public boolean callerIsParty(Agreement agreement) {
        Optional<UUID> organisation = callerOrganisation.id();
        return organisation.isPresent()
                && agreement.parties.stream().anyMatch(p -> p.organisation.id.equals(organisation.get()));
    }

    /** The same from a kept document's facts, so that a cached document gets each caller's permissions. */
    public AgreementDtos.Permissions permissions(
            UUID agreementId,
            AgreementStatus status,
            String countyCode,
            int lastYear,
            AgreementKind kind,
            String municipalityCode,
            boolean callerIsParty) {
        var lifecycle = AgreementStatus.LIFECYCLE;
        boolean manage = canManage(agreementId, countyCode, kind, municipalityCode);
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
                manage,
                manage && lifecycle.allowsIn(status, AgreementStatus.Action.SUPERSEDE_BY_REVISION),
                kind == AgreementKind.REGIONAL && status == AgreementStatus.ADOPTED && createsLocalIn(countyCode),
                callerIsParty && status == AgreementStatus.CONSULTATION);
    }

    /**
     * Whether the caller creates LÖKs in the county at all: its coordinators, and those whose grant names one of its
     * municipalities (a LÖK author's party rule is checked when the LÖK is created).
     */
    private boolean createsLocalIn(String countyCode) {
        return canCreateIn(countyCode)
                || localCreationMunicipalities().stream().anyMatch(m -> m.startsWith(countyCode));
    }

    // ---- consultation input (förankring) ----------------------------------------------------------------

    /**
     * Who reads the parties' consultation input on an agreement they can read: those who manage it and national
     * readers all of it; a party's members their own organisation's. Nobody else, and never the public.
     */
    public boolean readsAllConsultationInput(Agreement agreement) {
        return canManage(agreement) || grants.isNationalReader();
    }

    /** The caller's organisation when it is one of the agreement's parties. */
    public Optional<UUID> partyOrganisation(Agreement agreement) {
        return callerIsParty(agreement) ? callerOrganisation.id() : Optional.empty();
    }

    /** Leaving input: a member of a party organisation (403 otherwise), while the agreement is in consultation (409). */
    public UUID assertCanGiveConsultationInput(Agreement agreement) {
        assertCanRead(agreement);
        UUID organisation = partyOrganisation(agreement)
                .orElseThrow(() -> ProblemException.forbidden(text("agreement.consultation-input-parties-only")));
        assertConsultationOpen(agreement);
        return organisation;
    }

    /** Changing input: a member of the organisation whose input it is (403 otherwise), while consultation is open. */
    public void assertCanChangeConsultationInput(ConsultationInput input) {
        assertCanRead(input.agreement);
        if (!canChangeConsultationInputOf(input.organisation.id)) {
            throw ProblemException.forbidden(text("agreement.consultation-input-own-only", input.organisation.name));
        }
        assertConsultationOpen(input.agreement);
    }

    public boolean canChangeConsultationInputOf(UUID organisationId) {
        return callerOrganisation.id().map(organisationId::equals).orElse(false);
    }

    private static void assertConsultationOpen(Agreement agreement) {
        if (agreement.status != AgreementStatus.CONSULTATION) {
            throw ProblemException.ruleViolation(
                    "consultation-closed", text("agreement.consultation-closed", agreement.status));
        }
    }
}
