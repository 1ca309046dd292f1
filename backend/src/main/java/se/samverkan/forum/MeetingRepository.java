package se.samverkan.forum;

import static se.samverkan.common.problem.Text.text;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.common.problem.ProblemException;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** The meeting, or 404. */
    public Meeting get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(text("meeting.not-found", id)));
    }

    /** The meeting with its forum in one statement (the view's policy checks read the forum), or 404. */
    public Meeting getWithForum(UUID id) {
        return find("select m from Meeting m join fetch m.forum where m.id = ?1", id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(text("meeting.not-found", id)));
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

    /** The caller's organisation when there is none: no agreement has it as a party. */
    private static final UUID NO_ORGANISATION = new UUID(0, 0);

    /**
     * One point of a meeting's agenda as columns, with what decides whether the caller may see the agreement it is
     * about (the agreement's facts and whether the caller's organisation is one of its parties).
     */
    public record AgendaRow(
            UUID id,
            int position,
            String title,
            AgendaItemKind kind,
            String description,
            String presenter,
            long version,
            UUID agreementId,
            String agreementTitle,
            AgreementKind agreementKind,
            Integer firstYear,
            Integer lastYear,
            AgreementStatus agreementStatus,
            String countyCode,
            String municipalityCode,
            boolean callerIsParty,
            UUID goalAreaId,
            UUID goalAreaAgreementId,
            String goalAreaNumber,
            String goalAreaTitle) {}

    /**
     * A meeting's agenda in one statement, in order: rows, not entities (the items, their agreements and goal areas
     * would otherwise be three statements and a managed entity each).
     */
    public List<AgendaRow> agendaRows(UUID meetingId, UUID callerOrganisation) {
        return getEntityManager()
                .createQuery(
                        "select i.id, i.position, i.title, i.kind, i.description, i.presenter, i.version,"
                                + " a.id, a.title, a.kind, a.firstYear, a.lastYear, a.status, c.code, mu.code,"
                                + " (case when a.id is not null and exists (select 1 from AgreementParty p"
                                + " where p.agreement = a and p.organisation.id = :organisation) then true else false"
                                + " end), g.id, g.agreement.id, g.number, g.title"
                                + " from AgendaItem i left join i.agreement a left join a.county c"
                                + " left join a.municipality mu left join i.goalArea g"
                                + " where i.meeting.id = :meeting order by i.position",
                        Object[].class)
                .setParameter("meeting", meetingId)
                .setParameter("organisation", callerOrganisation == null ? NO_ORGANISATION : callerOrganisation)
                .getResultStream()
                .map(r -> new AgendaRow(
                        (UUID) r[0],
                        (Integer) r[1],
                        (String) r[2],
                        (AgendaItemKind) r[3],
                        (String) r[4],
                        (String) r[5],
                        (Long) r[6],
                        (UUID) r[7],
                        (String) r[8],
                        (AgreementKind) r[9],
                        (Integer) r[10],
                        (Integer) r[11],
                        (AgreementStatus) r[12],
                        (String) r[13],
                        (String) r[14],
                        (Boolean) r[15],
                        (UUID) r[16],
                        (UUID) r[17],
                        (String) r[18],
                        (String) r[19]))
                .toList();
    }

    public AgendaItem agendaItem(UUID id) {
        return getEntityManager().find(AgendaItem.class, id);
    }
}
