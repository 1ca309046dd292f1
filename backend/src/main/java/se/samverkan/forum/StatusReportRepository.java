package se.samverkan.forum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StatusReportRepository implements PanacheRepositoryBase<StatusReport, UUID> {

    public List<StatusReport> ofForum(UUID forumId) {
        return list("forum.id = ?1 order by year desc, quarter desc", forumId);
    }

    public Optional<StatusReport> forAgendaItem(UUID agendaItemId) {
        return find("agendaItem.id", agendaItemId).firstResultOptional();
    }

    /** The reports linked to any agenda item of a meeting, by agenda item id: one statement for the whole agenda. */
    public java.util.Map<UUID, StatusReport> forAgendaItemsOfMeeting(UUID meetingId) {
        return list(
                        "select r from StatusReport r join fetch r.agendaItem i join fetch r.forum where i.meeting.id = ?1",
                        meetingId)
                .stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.agendaItem.id, r -> r));
    }

    public Optional<StatusReport> ofQuarter(UUID forumId, int year, int quarter) {
        return find("forum.id = ?1 and year = ?2 and quarter = ?3", forumId, year, quarter)
                .firstResultOptional();
    }

    public long countLinkedToMeeting(UUID meetingId) {
        return count("agendaItem.meeting.id", meetingId);
    }
}
