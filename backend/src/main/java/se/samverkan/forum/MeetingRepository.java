package se.samverkan.forum;

import static se.samverkan.common.problem.Text.text;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.problem.ProblemException;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** The meeting, or 404. */
    public Meeting get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(text("meeting.not-found", id)));
    }

    /** A forum's meetings between two dates (either may be null), earliest first. */
    public List<Meeting> ofForum(UUID forumId, LocalDate from, LocalDate to) {
        Parameters parameters = Parameters.with("forum", forumId);
        String query = "forum.id = :forum";
        if (from != null) {
            query += " and date >= :from";
            parameters.and("from", from);
        }
        if (to != null) {
            query += " and date <= :to";
            parameters.and("to", to);
        }
        return list(query + " order by date, startTime nulls first, id", parameters);
    }

    public AgendaItem agendaItem(UUID id) {
        return getEntityManager().find(AgendaItem.class, id);
    }
}
