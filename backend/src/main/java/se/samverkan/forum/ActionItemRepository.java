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

    /** A forum as a board row names it. */
    public record ForumName(UUID id, String name, ForumKind kind, se.samverkan.agreement.Level level) {}

    /** What one row of the board shows, read as columns: no managed entity is built for a page. */
    public record BoardRow(
            UUID id,
            String title,
            ForumName forum,
            UUID meetingId,
            LocalDate meetingDate,
            String meetingTitle,
            UUID agendaItemId,
            String agendaItemTitle,
            UUID ownerId,
            String ownerName,
            String ownerPerson,
            LocalDate dueOn,
            ActionItemStatus status,
            ForumName assigneeForum,
            UUID raisedFromId,
            ForumName raisedFromForum,
            long version,
            se.samverkan.common.provenance.Provenance provenance,
            java.time.Instant createdAt,
            java.time.LocalTime meetingStartTime) {

        public boolean overdue(LocalDate today) {
            return !status.isClosed() && dueOn != null && dueOn.isBefore(today);
        }

        /** When the item entered its forum: at its meeting, or when it was raised ({@link ActionItem#arrivedAt}). */
        public java.time.Instant arrivedAt() {
            return meetingId == null ? createdAt : Meeting.startOf(meetingDate, meetingStartTime);
        }
    }

    /** A page of the board's rows and how many rows the whole board has. */
    public record BoardPage(List<BoardRow> rows, long total) {}

    /**
     * A page of the board as rows with the board's total, in one statement: the page is cut in SQL and every row carries
     * the count of the whole result ({@code count(a) over ()}). A page beyond the end has no row to carry it: then the
     * total is counted apart.
     */
    public BoardPage board(Filter filter, ForumPolicy.Visibility visibility, LocalDate today, int page, int size) {
        Parameters parameters = new Parameters();
        String where = where(filter, visibility, today, parameters);
        List<Object[]> found =
                select(where, "a.dueOn asc nulls last, a.createdAt, a.id", parameters, page * size, size, true);
        long total = found.isEmpty() ? count(filter, visibility, today) : (Long) found.get(0)[TOTAL];
        return new BoardPage(found.stream().map(ActionItemRepository::row).toList(), total);
    }

    /**
     * The open and in-progress items of a forum that the caller may see, as rows: the candidates for its meetings'
     * follow-up section. The statuses are single-valued parameters: Hibernate translates a query with a list parameter
     * anew on every execution.
     */
    public List<BoardRow> activeRowsInForum(UUID forumId, ForumPolicy.Visibility visibility, LocalDate today) {
        Parameters parameters = new Parameters();
        String where = where(new Filter(forumId, null, null, null, false), visibility, today, parameters)
                + " and (a.status = :open or a.status = :inProgress)";
        parameters.and("open", ActionItemStatus.OPEN).and("inProgress", ActionItemStatus.IN_PROGRESS);
        return rows(where, "a.createdAt, a.id", parameters, 0, Integer.MAX_VALUE);
    }

    /**
     * The open and in-progress items an organisation owns that the caller may see, as rows, by due date; at most
     * {@code limit}. Single-valued status parameters, as in {@link #activeRowsInForum}.
     */
    public List<BoardRow> activeRowsOfOwner(
            UUID ownerOrganisationId, ForumPolicy.Visibility visibility, LocalDate today, int limit) {
        Parameters parameters = new Parameters();
        String where = where(new Filter(null, null, ownerOrganisationId, null, false), visibility, today, parameters)
                + " and (a.status = :open or a.status = :inProgress)";
        parameters.and("open", ActionItemStatus.OPEN).and("inProgress", ActionItemStatus.IN_PROGRESS);
        return rows(where, "a.dueOn asc nulls last, a.createdAt, a.id", parameters, 0, limit);
    }

    private List<BoardRow> rows(String where, String orderBy, Parameters parameters, int first, int max) {
        return select(where, orderBy, parameters, first, max, false).stream()
                .map(ActionItemRepository::row)
                .toList();
    }

    /** The column of {@code count(a) over ()} when a select asks for the total. */
    private static final int TOTAL = 29;

    private List<Object[]> select(
            String where, String orderBy, Parameters parameters, int first, int max, boolean withTotal) {
        var query = getEntityManager()
                .createQuery(
                        "select a.id, a.title, f.id, f.name, f.kind, f.level, m.id, m.date, m.title, ai.id, ai.title,"
                                + " o.id, o.name, a.ownerPerson, a.dueOn, a.status, af.id, af.name, af.kind, af.level,"
                                + " rf.id, rff.id, rff.name, rff.kind, rff.level, a.version, a.provenance, a.createdAt,"
                                + " m.startTime" + (withTotal ? ", count(a) over ()" : "")
                                + " from ActionItem a join a.forum f left join a.meeting m"
                                + " left join a.assigneeForum af left join a.agendaItem ai left join a.owner o"
                                + " left join a.raisedFrom rf left join rf.forum rff where " + where + " order by "
                                + orderBy,
                        Object[].class)
                .setFirstResult(first);
        if (max != Integer.MAX_VALUE) {
            query.setMaxResults(max);
        }
        parameters.map().forEach(query::setParameter);
        return query.getResultList();
    }

    private static BoardRow row(Object[] r) {
        return new BoardRow(
                (UUID) r[0],
                (String) r[1],
                forumName(r, 2),
                (UUID) r[6],
                (LocalDate) r[7],
                (String) r[8],
                (UUID) r[9],
                (String) r[10],
                (UUID) r[11],
                (String) r[12],
                (String) r[13],
                (LocalDate) r[14],
                (ActionItemStatus) r[15],
                forumName(r, 16),
                (UUID) r[20],
                forumName(r, 21),
                (Long) r[25],
                (se.samverkan.common.provenance.Provenance) r[26],
                (java.time.Instant) r[27],
                (java.time.LocalTime) r[28]);
    }

    private static ForumName forumName(Object[] row, int at) {
        return row[at] == null
                ? null
                : new ForumName(
                        (UUID) row[at], (String) row[at + 1], (ForumKind) row[at + 2], (se.samverkan.agreement.Level)
                                row[at + 3]);
    }

    public long count(Filter filter, ForumPolicy.Visibility visibility, LocalDate today) {
        Parameters parameters = new Parameters();
        String where = where(filter, visibility, today, parameters);
        return find("select count(a) " + FROM + where, parameters)
                .project(Long.class)
                .singleResult();
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
            // Single-valued parameters, so that Hibernate can keep the query's translation (see activeRowsInForum).
            conditions.add("(a.status = :open or a.status = :inProgress) and a.dueOn < :today");
            parameters
                    .and("open", ActionItemStatus.OPEN)
                    .and("inProgress", ActionItemStatus.IN_PROGRESS)
                    .and("today", today);
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}
