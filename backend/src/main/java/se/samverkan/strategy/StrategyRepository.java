package se.samverkan.strategy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.GoalArea;
import se.samverkan.forum.Forum;
import se.samverkan.organisation.Organisation;

/** The strategy process's queries: each read loads what it shows in a fixed number of statements. */
@ApplicationScoped
public class StrategyRepository {

    @Inject
    EntityManager em;

    public Optional<Agreement> agreement(UUID id) {
        return Optional.ofNullable(em.find(Agreement.class, id));
    }

    public Optional<GoalArea> goalArea(UUID id) {
        return Optional.ofNullable(em.find(GoalArea.class, id));
    }

    public Optional<Forum> forum(UUID id) {
        return Optional.ofNullable(em.find(Forum.class, id));
    }

    public Optional<Organisation> organisation(UUID id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public List<Organisation> organisations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public Optional<StrategyPhase> phase(UUID id) {
        return Optional.ofNullable(em.find(StrategyPhase.class, id));
    }

    public Optional<StrategyArea> area(UUID id) {
        return Optional.ofNullable(em.find(StrategyArea.class, id));
    }

    public Optional<GapFinding> finding(UUID id) {
        return Optional.ofNullable(em.find(GapFinding.class, id));
    }

    public Optional<PlanActivity> activity(UUID id) {
        return Optional.ofNullable(em.find(PlanActivity.class, id));
    }

    /** The phases in order, with their owners and checklists. */
    /** The ongoing phases of the county's agreements, with their checklists, for the decision form. */
    public List<StrategyPhase> ongoingPhases(String countyCode) {
        return em
                .createQuery(
                        "select distinct p from StrategyPhase p join fetch p.agreement a left join fetch p.checkpoints"
                                + " where p.status = :status and a.county.code = :county",
                        StrategyPhase.class)
                .setParameter("status", PhaseStatus.ONGOING)
                .setParameter("county", countyCode)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing((StrategyPhase p) -> p.agreement.title)
                        .thenComparingInt(p -> p.position))
                .toList();
    }

    public List<StrategyPhase> phases(UUID agreementId) {
        List<StrategyPhase> phases = em.createQuery(
                        "select distinct p from StrategyPhase p left join fetch p.ownerForum "
                                + "left join fetch p.ownerOrganisation where p.agreement.id = :agreement",
                        StrategyPhase.class)
                .setParameter("agreement", agreementId)
                .getResultList();
        phases.sort(java.util.Comparator.comparingInt((StrategyPhase p) -> p.position)
                .thenComparing(p -> p.createdAt));
        if (!phases.isEmpty()) {
            em.createQuery(
                            "select distinct p from StrategyPhase p left join fetch p.checkpoints where p in :phases",
                            StrategyPhase.class)
                    .setParameter("phases", phases)
                    .getResultList();
        }
        return phases;
    }

    public int nextPhasePosition(UUID agreementId) {
        Integer max = em.createQuery(
                        "select max(p.position) from StrategyPhase p where p.agreement.id = :agreement", Integer.class)
                .setParameter("agreement", agreementId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<GoalArea> goalAreas(Collection<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select g from GoalArea g where g.agreement.id in :agreements "
                                + "order by g.agreement.id, g.number, g.title",
                        GoalArea.class)
                .setParameter("agreements", agreementIds)
                .getResultList();
    }

    public List<StrategyArea> areas(Collection<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from StrategyArea a left join fetch a.goalArea where a.agreement.id in :agreements "
                                + "order by a.targetGroup nulls last, a.createdAt",
                        StrategyArea.class)
                .setParameter("agreements", agreementIds)
                .getResultList();
    }

    public List<GapFinding> findings(UUID agreementId) {
        return em.createQuery(
                        "select f from GapFinding f where f.agreement.id = :agreement order by f.targetGroup, f.createdAt",
                        GapFinding.class)
                .setParameter("agreement", agreementId)
                .getResultList();
    }

    /** The activities of the agreements, with owner, goal area and area; partners load in one batch. */
    public List<PlanActivity> activities(Collection<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        List<PlanActivity> activities = em.createQuery(
                        "select a from PlanActivity a join fetch a.owner left join fetch a.goalArea "
                                + "left join fetch a.area ar left join fetch ar.goalArea join fetch a.agreement "
                                + "where a.agreement.id in :agreements "
                                + "order by a.dueOn nulls last, a.createdAt",
                        PlanActivity.class)
                .setParameter("agreements", agreementIds)
                .getResultList();
        if (!activities.isEmpty()) {
            em.createQuery(
                            "select distinct a from PlanActivity a left join fetch a.partners where a in :activities",
                            PlanActivity.class)
                    .setParameter("activities", activities)
                    .getResultList();
        }
        return activities;
    }

    public long activityCount(StrategyArea area) {
        return em.createQuery("select count(a) from PlanActivity a where a.area = :area", Long.class)
                .setParameter("area", area)
                .getSingleResult();
    }

    /** The sub-strategies of a strategy the caller may filter further: agreements whose parent it is. */
    public List<Agreement> children(UUID agreementId) {
        return em.createQuery("select a from Agreement a where a.parent.id = :parent order by a.title", Agreement.class)
                .setParameter("parent", agreementId)
                .getResultList();
    }

    /** Names of indicators of the given agreements, by id. */
    public Map<UUID, String> indicatorNames(Collection<UUID> ids) {
        return names("select i.id, i.name from Indicator i where i.id in :ids", ids);
    }

    public Map<UUID, String> projectNames(Collection<UUID> ids) {
        return names("select p.id, p.name from FundingProject p where p.id in :ids", ids);
    }

    /** The agreement an indicator belongs to, if it exists. */
    public Optional<UUID> indicatorAgreement(UUID indicatorId) {
        return em.createQuery("select i.agreement.id from Indicator i where i.id = :id", UUID.class)
                .setParameter("id", indicatorId)
                .getResultStream()
                .findFirst();
    }

    public boolean projectExists(UUID projectId) {
        return !em.createQuery("select p.id from FundingProject p where p.id = :id", UUID.class)
                .setParameter("id", projectId)
                .getResultList()
                .isEmpty();
    }

    private Map<UUID, String> names(String query, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(query, Object[].class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    }
}
