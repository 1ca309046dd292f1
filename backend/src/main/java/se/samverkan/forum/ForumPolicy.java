package se.samverkan.forum;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.Text;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.grant.CallerGrants;
import se.samverkan.organisation.CallerOrganisation;

/**
 * Who sees and changes forums, meetings, action items and status reports.
 * <ul>
 * <li>Everyone, also without login, reads the structure, forums with their members, meeting times and agendas, and
 *     minutes, decisions and status reports once published.</li>
 * <li>A forum's participants (members of its member organisations and of its convener) also read internal minutes,
 *     unpublished status reports and the forum's action items. So do the coordinator of the forum's county (every
 *     coordinator for a national forum, where the county boards take part) and admins.</li>
 * <li>Admins and the coordinator of the forum's county manage forums, meetings, items and reports (national forums:
 *     admins only).</li>
 * <li>Members of an item's owner organisation read it and change its status (not cancel it); members of an invited
 *     organisation submit their own organisation's contribution.</li>
 * <li>Grants (se.samverkan.grant): a county-coordinator grant acts as the county's coordinator; a federation's
 *     coordinator manages the forums its federation convenes; a forum editor prepares the forum's meetings (details,
 *     agenda, papers, draft minutes) but only managers publish minutes and delete; a national reader reads every
 *     forum's internal work; members of an organisation invited to a status report read it and contribute even when
 *     the organisation is no member of the forum.</li>
 * </ul>
 * What a caller may not see is 404; what they see but may not change is 403.
 */
@ApplicationScoped
public class ForumPolicy {

    @Inject
    CurrentUser user;

    @Inject
    CallerOrganisation callerOrganisation;

    @Inject
    CallerGrants grants;

    /**
     * The internal-reading rule as query parameters, so that lists apply the same rule as single reads: every county
     * the caller coordinates (token and grants), the federations whose forums they run, the forums they edit.
     */
    public record Visibility(
            boolean everything,
            List<String> coordinatorCounties,
            boolean anyCoordinator,
            UUID memberOrganisation,
            List<UUID> coordinatedFederations,
            List<UUID> editedForums) {}

    public Visibility visibility() {
        boolean everything = user.isAdmin() || grants.isNationalReader();
        List<UUID> federations = new ArrayList<>();
        List<UUID> forums = new ArrayList<>();
        if (!everything) {
            for (var grant : grants.active()) {
                if (grant.kind == se.samverkan.grant.GrantKind.FEDERATION_COORDINATOR) {
                    federations.add(grant.organisationId);
                } else if (grant.kind == se.samverkan.grant.GrantKind.FORUM_EDITOR) {
                    forums.add(grant.forumId);
                }
            }
        }
        return new Visibility(
                everything,
                everything ? List.of() : List.copyOf(grants.coordinatedCounties()),
                user.isCoordinator(),
                callerOrganisation.id().orElse(null),
                federations,
                forums);
    }

    public Optional<UUID> callerOrganisation() {
        return callerOrganisation.id();
    }

    // ---- forums -------------------------------------------------------------------------------

    public boolean canCreateIn(String countyCode) {
        return user.isAdmin() || (countyCode != null && grants.coordinatesCounty(countyCode));
    }

    public void assertCanCreateIn(String countyCode) {
        if (!canCreateIn(countyCode)) {
            throw ProblemException.forbidden(
                    countyCode == null
                            ? text("forum.only-administrators-create-national-forums")
                            : text("forum.coordinator-create-forums-there", countyCode));
        }
    }

    public boolean canManage(Forum forum) {
        return user.isAdmin()
                || (forum.county != null && grants.coordinatesCounty(forum.county.code))
                || (forum.convener != null && grants.coordinatesFederation(forum.convener.id));
    }

    /** Preparing meetings: managers and the forum's editors (who do not publish minutes or delete). */
    public boolean canPrepare(Forum forum) {
        return canManage(forum) || grants.editsForum(forum.id);
    }

    public void assertCanPrepare(Forum forum) {
        if (!canPrepare(forum)) {
            throw ProblemException.forbidden(text("forum.only-administrators-forum-managers-editors"));
        }
    }

    /** Forums are public, so a caller who may not change one gets 403. */
    public void assertCanManage(Forum forum) {
        if (!canManage(forum)) {
            throw ProblemException.forbidden(
                    forum.county == null
                            ? text("forum.only-administrators-change-national-forum")
                            : text("forum.coordinator-change-forum-meetings-action", forum.county.code));
        }
    }

    /** Members of the forum's member organisations or of its convener. */
    public boolean isParticipant(Forum forum) {
        Optional<UUID> organisation = callerOrganisation.id();
        if (organisation.isEmpty()) {
            return false;
        }
        UUID id = organisation.get();
        return (forum.convener != null && forum.convener.id.equals(id))
                || forum.members.stream().anyMatch(m -> m.organisation != null && m.organisation.id.equals(id));
    }

    public boolean canReadInternal(Forum forum) {
        if (user.isAdmin() || isParticipant(forum) || grants.isNationalReader() || canPrepare(forum)) {
            return true;
        }
        return forum.county == null ? user.isCoordinator() : grants.coordinatesCounty(forum.county.code);
    }

    /**
     * The history of a forum's internal work (a meeting with unpublished minutes, a status report's contributions) is
     * for those who read that work; to others it is not found.
     */
    public void assertCanReadInternalHistory(Forum forum, Text notFound) {
        if (!canReadInternal(forum)) {
            throw ProblemException.notFound(notFound);
        }
    }

    // ---- meetings -----------------------------------------------------------------------------

    public boolean canReadMinutes(Meeting meeting) {
        return meeting.minutesPublished() || canReadInternal(meeting.forum);
    }

    public void assertCanReadMinutes(Meeting meeting) {
        if (!canReadMinutes(meeting)) {
            throw ProblemException.notFound(text("minutes-meeting.not-found", meeting.id));
        }
    }

    // ---- action items -------------------------------------------------------------------------

    public boolean isOwner(ActionItem item) {
        return callerOrganisation.id().map(id -> id.equals(item.owner.id)).orElse(false);
    }

    /** Items in published minutes are public; the rest is for the forum's (or the assignee forum's) insiders and the owner. */
    public boolean canRead(ActionItem item) {
        return (item.meeting != null && item.meeting.minutesPublished())
                || isOwner(item)
                || canReadInternal(item.forum)
                || (item.assigneeForum != null && canReadInternal(item.assigneeForum));
    }

    public void assertCanRead(ActionItem item) {
        if (!canRead(item)) {
            throw ProblemException.notFound(text("action-item.not-found", item.id));
        }
    }

    /** The statuses the caller may move the item to now: managers any, the owner's members all but CANCELLED. */
    public List<ActionItemStatus> statusChanges(ActionItem item) {
        List<ActionItemStatus> allowed = new ArrayList<>();
        boolean manage = canManage(item.forum);
        if (!manage && !isOwner(item)) {
            return allowed;
        }
        for (ActionItemStatus.Action action : ActionItemStatus.LIFECYCLE.allowedIn(item.status)) {
            if (ActionItemStatus.Action.STATUS_CHANGES.contains(action)
                    && (manage || action != ActionItemStatus.Action.CANCEL)) {
                allowed.add(ActionItemStatus.reachedBy(action).orElseThrow());
            }
        }
        return allowed;
    }

    public void assertCanChangeStatus(ActionItem item, ActionItemStatus to) {
        assertCanRead(item);
        if (canManage(item.forum)) {
            return;
        }
        if (!isOwner(item)) {
            throw ProblemException.forbidden(text("forum.only-members-owner-organisation-coordinator"));
        }
        if (to == ActionItemStatus.CANCELLED) {
            throw ProblemException.forbidden(text("forum.only-coordinator-forum-county-administrators"));
        }
    }

    public void assertCanManage(ActionItem item) {
        assertCanRead(item);
        assertCanManage(item.forum);
    }

    // ---- status reports -----------------------------------------------------------------------

    public boolean canRead(StatusReport report) {
        return report.status == StatusReportStatus.PUBLISHED || canReadInternal(report.forum) || isInvited(report);
    }

    /** The caller's organisation is invited to contribute (also when it is no member of the forum). */
    public boolean isInvited(StatusReport report) {
        return callerOrganisation
                .id()
                .map(id -> report.invitations.stream().anyMatch(i -> i.organisation.id.equals(id)))
                .orElse(false);
    }

    public void assertCanRead(StatusReport report) {
        if (!canRead(report)) {
            throw ProblemException.notFound(text("status-report.not-found", report.id));
        }
    }

    public void assertCanManage(StatusReport report) {
        assertCanRead(report);
        assertCanManage(report.forum);
    }

    /** Managers submit on behalf of any invited organisation; members only for their own. */
    public boolean canContributeFor(StatusReport report, UUID organisationId) {
        return canManage(report.forum)
                || callerOrganisation.id().map(organisationId::equals).orElse(false);
    }

    /** The caller acts for this organisation: its draft contribution is theirs to see and write. */
    public boolean isOwnOrganisation(UUID organisationId) {
        return callerOrganisation.id().map(organisationId::equals).orElse(false);
    }

    public void assertCanContributeFor(StatusReport report, UUID organisationId) {
        assertCanRead(report);
        if (!canContributeFor(report, organisationId)) {
            throw ProblemException.forbidden(text("forum.members-submit-their-own-organisation"));
        }
    }
}
