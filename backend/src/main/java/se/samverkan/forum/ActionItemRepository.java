package se.samverkan.forum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {

    /** Filters of the board; null means "any". */
    public record Filter(
            UUID forumId, String countyCode, UUID ownerOrganisationId, ActionItemStatus status, boolean overdueOnly) {}

    private static final String FROM =
            "from ActionItem a join a.forum f left join a.meeting m left join a.assigneeForum af where ";

    public List<ActionItem> search(
            Filter filter, ForumPolicy.Visibility visibility, LocalDate today, int page, int size) {
        Parameters parameters = new Parameters();
        String where = where(filter, visibility, today, parameters);
        // Everything a board row shows in the same statement: no lazy loads per item. No collection is fetched, so
        // the page is cut in SQL.
        return find(
                        "select a from ActionItem a join fetch a.forum f left join fetch a.meeting m left join fetch a.assigneeForum af"
                                + " left join fetch a.agendaItem left join fetch a.owner left join fetch a.raisedFrom rf left join fetch rf.forum where "
                                + where + " order by a.dueOn asc nulls last, a.createdAt, a.id",
                        parameters)
                .page(page, size)
                .list();
    }

    public long count(Filter filter, ForumPolicy.Visibility visibility, LocalDate today) {
        Parameters parameters = new Parameters();
        String where = where(filter, visibility, today, parameters);
        return find("select count(a) " + FROM + where, parameters)
                .project(Long.class)
                .singleResult();
    }

    /**
     * Open and in-progress items of a forum: the candidates for its meetings' follow-up section. The statuses are
     * single-valued parameters: Hibernate translates a query with a list parameter anew on every execution.
     */
    public List<ActionItem> activeInForum(UUID forumId) {
        return list(
                "select a from ActionItem a join fetch a.forum left join fetch a.meeting left join fetch a.agendaItem"
                        + " left join fetch a.owner left join fetch a.assigneeForum left join fetch a.raisedFrom rf left join fetch rf.forum"
                        + " where a.forum.id = ?1 and (a.status = ?2 or a.status = ?3) order by a.createdAt",
                forumId,
                ActionItemStatus.OPEN,
                ActionItemStatus.IN_PROGRESS);
    }

    public List<ActionItem> handedOutAt(UUID meetingId) {
        return list("meeting.id = ?1 order by createdAt", meetingId);
    }

    public long countHandedOutAt(UUID meetingId) {
        return count("meeting.id", meetingId);
    }

    public long countForAgendaItem(UUID agendaItemId) {
        return count("agendaItem.id", agendaItemId);
    }

    /** The same rule as {@link ForumPolicy#canRead(ActionItem)}, as a query condition. */
    private static String where(
            Filter filter, ForumPolicy.Visibility visibility, LocalDate today, Parameters parameters) {
        List<String> conditions = new ArrayList<>();
        if (!visibility.everything()) {
            List<String> visible = new ArrayList<>();
            visible.add("m.minutesPublishedAt is not null");
            if (!visibility.coordinatorCounties().isEmpty()) {
                visible.add("f.county.code in :visibleCounties");
                visible.add("af.county.code in :visibleCounties");
                parameters.and("visibleCounties", visibility.coordinatorCounties());
            }
            if (!visibility.coordinatedFederations().isEmpty()) {
                visible.add("f.convener.id in :visibleFederations");
                visible.add("af.convener.id in :visibleFederations");
                parameters.and("visibleFederations", visibility.coordinatedFederations());
            }
            if (!visibility.editedForums().isEmpty()) {
                visible.add("f.id in :editedForums");
                visible.add("af.id in :editedForums");
                parameters.and("editedForums", visibility.editedForums());
            }
            if (visibility.anyCoordinator()) {
                visible.add("f.county is null");
                visible.add("(af is not null and af.county is null)");
            }
            if (visibility.memberOrganisation() != null) {
                visible.add("a.owner.id = :visibleOrganisation");
                visible.add("f.convener.id = :visibleOrganisation");
                visible.add(
                        "exists (select 1 from ForumMember fm where fm.forum = f and fm.organisation.id = :visibleOrganisation)");
                visible.add("af.convener.id = :visibleOrganisation");
                visible.add(
                        "exists (select 1 from ForumMember am where am.forum = af and am.organisation.id = :visibleOrganisation)");
                parameters.and("visibleOrganisation", visibility.memberOrganisation());
            }
            conditions.add("(" + String.join(" or ", visible) + ")");
        }
        if (filter.forumId() != null) {
            conditions.add("f.id = :forum");
            parameters.and("forum", filter.forumId());
        }
        if (filter.countyCode() != null) {
            conditions.add("f.county.code = :county");
            parameters.and("county", filter.countyCode());
        }
        if (filter.ownerOrganisationId() != null) {
            conditions.add("a.owner.id = :owner");
            parameters.and("owner", filter.ownerOrganisationId());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.overdueOnly()) {
            // Single-valued parameters, so that Hibernate can keep the query's translation (see activeInForum).
            conditions.add("(a.status = :open or a.status = :inProgress) and a.dueOn < :today");
            parameters
                    .and("open", ActionItemStatus.OPEN)
                    .and("inProgress", ActionItemStatus.IN_PROGRESS)
                    .and("today", today);
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}
