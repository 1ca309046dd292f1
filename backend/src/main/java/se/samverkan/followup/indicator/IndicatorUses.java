package se.samverkan.followup.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What keeps an indicator: follow-up assessments that report its values, and action-plan activities that follow it
 * up (the strategy feature names an indicator by id, so it is read here in SQL rather than through its model).
 */
@ApplicationScoped
class IndicatorUses {

    /** Of the indicators asked about, those assessments report values for and those activities follow up. */
    record Uses(Set<UUID> assessed, Set<UUID> planned) {

        boolean any(UUID indicatorId) {
            return assessed.contains(indicatorId) || planned.contains(indicatorId);
        }
    }

    @Inject
    EntityManager em;

    /** One statement for a list of indicators. */
    Uses of(Collection<UUID> indicatorIds) {
        Set<UUID> assessed = new HashSet<>();
        Set<UUID> planned = new HashSet<>();
        if (indicatorIds.isEmpty()) {
            return new Uses(assessed, planned);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct v.indicator_id, 'assessed' from"
                        + " assessment_indicator_value v where v.indicator_id in (:ids) union select distinct"
                        + " p.indicator_id, 'planned' from plan_activity p where p.indicator_id in (:ids)")
                .setParameter("ids", indicatorIds)
                .getResultList();
        for (Object[] row : rows) {
            ("assessed".equals(row[1]) ? assessed : planned).add((UUID) row[0]);
        }
        return new Uses(assessed, planned);
    }

    /** The titles of the activities that follow the indicator up, in order. */
    List<String> activityTitles(UUID indicatorId) {
        return em
                .createNativeQuery(
                        "select p.title from plan_activity p where p.indicator_id = :id order by p.title", String.class)
                .setParameter("id", indicatorId)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .toList();
    }
}
