package se.samverkan.funding;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.grant.CallerGrants;
import se.samverkan.organisation.CallerOrganisation;
import se.samverkan.organisation.Organisation;

/**
 * Who sees and changes funding; the one place for it. "The county's coordinator" is whoever coordinates the county by
 * token or by a county-coordinator grant (se.samverkan.grant.CallerGrants), read on every request.
 * <ul>
 * <li>Everyone, also without login, reads programmes, open and closed calls, projects and the summaries: granted
 *     projects are public (who got what for what).</li>
 * <li>Applications are not public: members of the applicant organisation read, edit, submit and withdraw their own;
 *     members of a co-applicant read them; the coordinator of the call's county reads them once submitted, takes them
 *     into review and decides. Admins do everything.</li>
 * <li>Admins manage programmes; admins and the county's coordinator manage calls, projects and accounting dates.</li>
 * <li>Members of a project's owner edit the project and file its accounts; partners read the accounts.</li>
 * <li>The national reader reads what every county's coordinator reads (draft calls, submitted applications, accounts)
 *     and changes nothing.</li>
 * <li>Other grants open nothing here: calls and decisions on state grants are the county administrative board's, so a
 *     federation's coordinator (GR) acts on funding only as a member of its organisation would, and so do LÖK authors,
 *     forum editors and statistics providers.</li>
 * </ul>
 * What a caller may not see is 404; what they see but may not change is 403.
 */
@ApplicationScoped
public class FundingPolicy {

    @Inject
    CurrentUser user;

    @Inject
    CallerGrants grants;

    @Inject
    CallerOrganisation callerOrganisation;

    /**
     * The list rule as query parameters: everything (admins); what a coordinator reads, in every county (the national
     * reader); the counties the caller coordinates (token and grants); and one organisation's.
     */
    public record Visibility(boolean everything, boolean everyCounty, Set<String> counties, UUID organisation) {}

    public Visibility visibility() {
        boolean authenticated = user.isAuthenticated();
        return new Visibility(
                user.isAdmin(),
                authenticated && grants.isNationalReader(),
                authenticated ? Set.copyOf(grants.coordinatedCounties()) : Set.of(),
                callerOrganisation.id().orElse(null));
    }

    public Optional<UUID> callerOrganisation() {
        return callerOrganisation.id();
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    // ---- programmes ---------------------------------------------------------------------------

    public boolean canManageProgrammes() {
        return user.isAdmin();
    }

    public void assertCanManageProgrammes() {
        if (!canManageProgrammes()) {
            throw ProblemException.forbidden(text("funding.only-administrators-register-change-funding"));
        }
    }

    // ---- calls and projects of a county -------------------------------------------------------

    public boolean canManageCounty(String countyCode) {
        return user.isAdmin() || (user.isAuthenticated() && grants.coordinatesCounty(countyCode));
    }

    /** Reading what the county's coordinator reads: those who manage it, and the national reader. */
    public boolean canReadCounty(String countyCode) {
        return canManageCounty(countyCode) || (user.isAuthenticated() && grants.isNationalReader());
    }

    public void assertCanManageCounty(String countyCode) {
        if (!canManageCounty(countyCode)) {
            throw ProblemException.forbidden(text("funding.coordinator-do", countyCode));
        }
    }

    public boolean canRead(FundingCall call) {
        return call.status != CallStatus.DRAFT || canReadCounty(call.countyCode());
    }

    public void assertCanRead(FundingCall call) {
        if (!canRead(call)) {
            throw ProblemException.notFound(text("funding-call.not-found", call.id));
        }
    }

    /** Members apply for their own organisation; admins for anyone. */
    public boolean canApplyAs(UUID organisationId) {
        return user.isAdmin()
                || callerOrganisation.id().map(id -> id.equals(organisationId)).orElse(false);
    }

    public boolean canApply() {
        return user.isAdmin() || callerOrganisation.id().isPresent();
    }

    public void assertCanApplyAs(UUID organisationId) {
        if (!canApplyAs(organisationId)) {
            throw ProblemException.forbidden(text("funding.members-apply-their-own-organisation"));
        }
    }

    // ---- applications -------------------------------------------------------------------------

    public boolean isApplicant(FundingApplication application) {
        return is(application.applicant);
    }

    public boolean isCoApplicant(FundingApplication application) {
        return application.coApplicants.stream().anyMatch(this::is);
    }

    /**
     * The county's coordinator (and the national reader) see applications once submitted: a draft is the applicant's
     * own.
     */
    public boolean canRead(FundingApplication application) {
        return user.isAdmin()
                || isApplicant(application)
                || isCoApplicant(application)
                || (application.status != ApplicationStatus.DRAFT && canReadCounty(application.call.countyCode()));
    }

    public void assertCanRead(FundingApplication application) {
        if (!canRead(application)) {
            throw ProblemException.notFound(text("funding-application.not-found", application.id));
        }
    }

    /** Edit, submit and withdraw: the applicant's members (and admins). */
    public boolean canActAsApplicant(FundingApplication application) {
        return user.isAdmin() || isApplicant(application);
    }

    public void assertCanActAsApplicant(FundingApplication application) {
        assertCanRead(application);
        if (!canActAsApplicant(application)) {
            throw ProblemException.forbidden(text("funding.only-members-applicant-organisation-edit"));
        }
    }

    /** Review and decide: the coordinator of the call's county (and admins). */
    public boolean canDecide(FundingApplication application) {
        return canManageCounty(application.call.countyCode());
    }

    public void assertCanDecide(FundingApplication application) {
        assertCanRead(application);
        if (!canDecide(application)) {
            throw ProblemException.forbidden(
                    text("funding.only-coordinator-county-administrators-review", application.call.countyCode()));
        }
    }

    /** The statuses the caller may move the application to now (decisions are separate). */
    public List<ApplicationStatus> statusChanges(FundingApplication application) {
        List<ApplicationStatus> allowed = new ArrayList<>();
        var lifecycle = ApplicationStatus.LIFECYCLE;
        if (canActAsApplicant(application)) {
            if (lifecycle.allows(application, ApplicationStatus.Action.SUBMIT)) {
                allowed.add(ApplicationStatus.SUBMITTED);
            }
            if (lifecycle.allows(application, ApplicationStatus.Action.WITHDRAW)) {
                allowed.add(ApplicationStatus.WITHDRAWN);
            }
        }
        if (canDecide(application) && lifecycle.allows(application, ApplicationStatus.Action.REVIEW)) {
            allowed.add(ApplicationStatus.IN_REVIEW);
        }
        return allowed;
    }

    public void assertCanChangeStatus(FundingApplication application, ApplicationStatus to) {
        if (to == ApplicationStatus.IN_REVIEW) {
            assertCanDecide(application);
        } else {
            assertCanActAsApplicant(application);
        }
    }

    // ---- projects and accounts ----------------------------------------------------------------

    public boolean isOwner(FundingProject project) {
        return is(project.owner);
    }

    public boolean isPartner(FundingProject project) {
        return project.partners.stream().anyMatch(this::is);
    }

    public boolean canUpdate(FundingProject project) {
        return canManageCounty(project.countyCode()) || isOwner(project);
    }

    public void assertCanUpdate(FundingProject project) {
        if (!canUpdate(project)) {
            throw ProblemException.forbidden(text("funding.only-members-project-owner-coordinator"));
        }
    }

    public boolean canReadAccounts(FundingProject project) {
        return canReadCounty(project.countyCode()) || isOwner(project) || isPartner(project);
    }

    public void assertCanReadAccounts(FundingProject project) {
        if (!canReadAccounts(project)) {
            throw ProblemException.notFound(text("accounts-project.not-found", project.id));
        }
    }

    public void assertCanRead(FundingAccount account) {
        if (!canReadAccounts(account.project)) {
            throw ProblemException.notFound(text("funding-account.not-found", account.id));
        }
    }

    /** Filing: the owner's members (and admins). */
    public boolean canFile(FundingAccount account) {
        return user.isAdmin() || isOwner(account.project);
    }

    public void assertCanFile(FundingAccount account) {
        assertCanRead(account);
        if (!canFile(account)) {
            throw ProblemException.forbidden(text("funding.only-members-project-owner-file"));
        }
    }

    public void assertCanManage(FundingAccount account) {
        assertCanRead(account);
        assertCanManageCounty(account.project.countyCode());
    }

    private boolean is(Organisation organisation) {
        return organisation != null
                && callerOrganisation.id().map(organisation.id::equals).orElse(false);
    }
}
