package se.samverkan.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.organisation.OrganisationReference;

/** The organisations a survey asks: stored as rows of survey_recipient, read as references. */
@ApplicationScoped
public class SurveyRecipients {

    @Inject
    EntityManager em;

    /** Every municipality of the county (all when national), and the region(s) when asked for. */
    public List<UUID> defaults(String countyCode, boolean includeRegion) {
        String types = includeRegion ? "('MUNICIPALITY', 'REGION')" : "('MUNICIPALITY')";
        String sql = "select id from organisation where type in " + types
                + (countyCode == null ? "" : " and county_code = :county")
                + " and parent_id is null order by name, id";
        var query = em.createNativeQuery(sql, UUID.class);
        if (countyCode != null) {
            query.setParameter("county", countyCode);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    /** The ids among these that are organisations. */
    public Set<UUID> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = em.createNativeQuery("select id from organisation where id in (:ids)", UUID.class)
                .setParameter("ids", ids)
                .getResultList();
        return new HashSet<>(found);
    }

    public void replace(UUID surveyId, Collection<UUID> organisations) {
        em.createNativeQuery("delete from survey_recipient where survey_id = :s")
                .setParameter("s", surveyId)
                .executeUpdate();
        if (organisations.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into survey_recipient (survey_id, organisation_id) "
                        + "select :s, unnest(cast(:ids as uuid[])) on conflict do nothing")
                .setParameter("s", surveyId)
                .setParameter("ids", organisations.toArray(UUID[]::new))
                .executeUpdate();
    }

    public List<OrganisationReference> of(UUID surveyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id, o.name from survey_recipient r join organisation o on"
                        + " o.id = r.organisation_id where r.survey_id = :s order by o.name, o.id")
                .setParameter("s", surveyId)
                .getResultList();
        return rows.stream()
                .map(r -> new OrganisationReference((UUID) r[0], (String) r[1]))
                .toList();
    }

    public List<UUID> idsOf(UUID surveyId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "select organisation_id from survey_recipient where survey_id = :s", UUID.class)
                .setParameter("s", surveyId)
                .getResultList();
        return ids;
    }

    public boolean asks(UUID surveyId, UUID organisationId) {
        return !em.createNativeQuery("select 1 from survey_recipient where survey_id = :s and organisation_id = :o")
                .setParameter("s", surveyId)
                .setParameter("o", organisationId)
                .getResultList()
                .isEmpty();
    }

    /** Per survey: how many are asked and how many have submitted. */
    public Map<UUID, int[]> counts(Collection<UUID> surveyIds) {
        Map<UUID, int[]> counts = new HashMap<>();
        if (surveyIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.survey_id, count(*), count(a.id) from survey_recipient r"
                        + " left join survey_answer a on a.survey_id = r.survey_id and a.organisation_id ="
                        + " r.organisation_id and a.status = 'SUBMITTED' where r.survey_id in (:ids) group by"
                        + " r.survey_id")
                .setParameter("ids", surveyIds)
                .getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()}));
        return counts;
    }

    /** Per survey the organisation is asked in: its answer's status ("NONE" before the first save). */
    public Map<UUID, String> answerStatuses(UUID organisationId, Collection<UUID> surveyIds) {
        Map<UUID, String> statuses = new HashMap<>();
        if (surveyIds.isEmpty()) {
            return statuses;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.survey_id, coalesce(a.status, 'NONE') from"
                        + " survey_recipient r left join survey_answer a on a.survey_id = r.survey_id and"
                        + " a.organisation_id = r.organisation_id where r.organisation_id = :o and r.survey_id in"
                        + " (:ids)")
                .setParameter("o", organisationId)
                .setParameter("ids", surveyIds)
                .getResultList();
        rows.forEach(r -> statuses.put((UUID) r[0], (String) r[1]));
        return new HashMap<>(statuses);
    }

    static <T> List<T> list(Collection<T> items) {
        return new ArrayList<>(items);
    }
}
