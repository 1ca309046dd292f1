package se.samverkan.funding;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.funding.FundingDtos.GoalAreaRef;
import se.samverkan.funding.FundingDtos.Links;
import se.samverkan.funding.FundingDtos.StrategyDto;
import se.samverkan.funding.FundingInputs.StrategyRef;

/**
 * Links of a priority, application or project to what it serves. Goal areas belong to an agreement of the same
 * county; a strategy is named by its goal area and position, and the goal area is linked with it.
 */
@ApplicationScoped
public class FundingLinks {

    @Inject
    EntityManager em;

    /** The resolved links, or field violations (under {@code prefix}) for what does not exist or fit. */
    public record Resolved(Set<GoalArea> goalAreas, Set<StrategyLink> strategies, Set<TargetGroup> targetGroups) {}

    public Resolved resolve(
            String countyCode,
            List<UUID> goalAreaIds,
            List<StrategyRef> strategies,
            List<TargetGroup> targetGroups,
            String prefix,
            FieldViolations violations) {
        Set<GoalArea> areas = new LinkedHashSet<>();
        for (UUID id : goalAreaIds == null ? List.<UUID>of() : goalAreaIds) {
            GoalArea area = area(countyCode, id, prefix + "goalAreaIds", violations);
            if (area != null) {
                areas.add(area);
            }
        }
        Set<StrategyLink> links = new LinkedHashSet<>();
        for (StrategyRef ref : strategies == null ? List.<StrategyRef>of() : strategies) {
            GoalArea area = area(countyCode, ref.goalAreaId(), prefix + "strategies", violations);
            if (area == null) {
                continue;
            }
            if (ref.index() >= area.strategies.size()) {
                violations.add(
                        prefix + "strategies",
                        text(
                                "funding.goal-area-strategies-index-does",
                                area.label(),
                                area.strategies.size(),
                                ref.index()));
                continue;
            }
            areas.add(area);
            links.add(new StrategyLink(area.id, ref.index()));
        }
        return new Resolved(
                areas, links, targetGroups == null ? new LinkedHashSet<>() : new LinkedHashSet<>(targetGroups));
    }

    private GoalArea area(String countyCode, UUID id, String field, FieldViolations violations) {
        GoalArea area = em.find(GoalArea.class, id);
        if (area == null) {
            violations.add(field, text("common.no-goal-area-id", id));
            return null;
        }
        if (countyCode != null && !countyCode.equals(area.agreement.countyCode())) {
            violations.add(field, text("funding.goal-area-belongs-agreement-another", area.label()));
            return null;
        }
        return area;
    }

    /** The links as shown: goal areas by number, strategies with their current text. */
    public static Links links(Set<GoalArea> goalAreas, Set<StrategyLink> strategies, Set<TargetGroup> targetGroups) {
        Map<UUID, GoalArea> byId = goalAreas.stream().collect(Collectors.toMap(g -> g.id, g -> g, (a, b) -> a));
        List<GoalAreaRef> areas = goalAreas.stream()
                .sorted(Comparator.comparing((GoalArea g) -> g.agreement.title)
                        .thenComparing(g -> g.number == null ? g.title : g.number))
                .map(FundingLinks::ref)
                .toList();
        List<StrategyDto> texts = new ArrayList<>();
        strategies.stream()
                .sorted(Comparator.comparing((StrategyLink s) -> s.goalAreaId).thenComparingInt(s -> s.position))
                .forEach(s -> {
                    GoalArea area = byId.get(s.goalAreaId);
                    String text = area != null && s.position < area.strategies.size()
                            ? area.strategies.get(s.position)
                            : null;
                    texts.add(new StrategyDto(s.goalAreaId, s.position, text));
                });
        List<TargetGroup> groups = targetGroups.stream().sorted().toList();
        return new Links(areas, texts, groups);
    }

    public static GoalAreaRef ref(GoalArea g) {
        return new GoalAreaRef(g.id, g.number, g.title, g.agreement.id, g.agreement.title);
    }

    /** Replaces the entity's link sets with the resolved ones. */
    public static void apply(
            Resolved resolved, Set<GoalArea> goalAreas, Set<StrategyLink> strategies, Set<TargetGroup> targetGroups) {
        goalAreas.clear();
        goalAreas.addAll(resolved.goalAreas());
        strategies.clear();
        strategies.addAll(resolved.strategies());
        targetGroups.clear();
        targetGroups.addAll(resolved.targetGroups());
    }
}
