package se.samverkan.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.common.openapi.Optional;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.FieldChange;
import se.samverkan.organisation.OrganisationReference;

/** What changed between two agreements of one revision chain: fields, goal areas, strategies, parties and focus. */
final class AgreementComparison {

    // Named apart from the change feed's "Change": two schemas of one name would be numbered by scan order.
    @Schema(name = "ComparisonChange")
    enum Change {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    @Schema(name = "GoalAreaComparison")
    record GoalAreaChange(
            @Optional @Schema(description = "Number in the newer agreement (or the older, when removed)") String number,
            String title,
            Change change,
            @Schema(description = "Changed number, title or goal") List<FieldChange> fields,
            List<String> strategiesAdded,
            List<String> strategiesRemoved,
            @Optional @Schema(description = "Year of the older agreement's newest focus") Integer focusYearBefore,
            @Optional @Schema(description = "Year of the newer agreement's newest focus") Integer focusYearAfter,
            List<String> focusAdded,
            List<String> focusRemoved) {}

    @Schema(name = "AgreementComparison")
    record ComparisonDto(
            @Schema(description = "The older agreement") AgreementRef from,
            @Schema(description = "The newer agreement (the revision)") AgreementRef to,
            @Schema(description = "Changed fields of the agreement itself") List<FieldChange> fields,
            List<GoalAreaChange> goalAreas,
            List<OrganisationReference> partiesAdded,
            List<OrganisationReference> partiesRemoved) {}

    private AgreementComparison() {}

    /** Compares {@code older} with {@code newer}; goal areas are matched by title, then by number. */
    static ComparisonDto compare(Agreement older, Agreement newer) {
        Map<String, String> before = AgreementMapper.snapshot(older);
        Map<String, String> after = AgreementMapper.snapshot(newer);
        before.remove("supersedes");
        after.remove("supersedes");
        List<FieldChange> fields = ChangeRecorder.diff(before, after);

        List<GoalArea> unmatchedOld = new ArrayList<>(sorted(older.goalAreas));
        List<GoalAreaChange> goalAreas = new ArrayList<>();
        for (GoalArea now : sorted(newer.goalAreas)) {
            var match = unmatchedOld.stream()
                    .filter(g -> normalise(g.title).equals(normalise(now.title)))
                    .findFirst()
                    .or(() -> unmatchedOld.stream()
                            .filter(g -> java.util.Objects.equals(g.number, now.number))
                            .findFirst());
            match.ifPresent(unmatchedOld::remove);
            goalAreas.add(match.map(was -> changed(was, now))
                    .orElseGet(() -> new GoalAreaChange(
                            now.number,
                            now.title,
                            Change.ADDED,
                            List.of(),
                            List.copyOf(now.strategies),
                            List.of(),
                            null,
                            newestYear(now),
                            newestFocus(now),
                            List.of())));
        }
        for (GoalArea was : unmatchedOld) {
            goalAreas.add(new GoalAreaChange(
                    was.number,
                    was.title,
                    Change.REMOVED,
                    List.of(),
                    List.of(),
                    List.copyOf(was.strategies),
                    newestYear(was),
                    null,
                    List.of(),
                    newestFocus(was)));
        }

        List<OrganisationReference> oldParties = older.parties.stream()
                .map(p -> AgreementMapper.organisation(p.organisation))
                .toList();
        List<OrganisationReference> newParties = newer.parties.stream()
                .map(p -> AgreementMapper.organisation(p.organisation))
                .toList();
        return new ComparisonDto(
                AgreementMapper.ref(older),
                AgreementMapper.ref(newer),
                fields,
                goalAreas,
                minus(newParties, oldParties),
                minus(oldParties, newParties));
    }

    private static GoalAreaChange changed(GoalArea was, GoalArea now) {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("number", was.number);
        before.put("title", was.title);
        before.put("goal", was.goal);
        Map<String, String> after = new LinkedHashMap<>();
        after.put("number", now.number);
        after.put("title", now.title);
        after.put("goal", now.goal);
        List<FieldChange> fields = ChangeRecorder.diff(before, after);
        List<String> strategiesAdded = minusText(now.strategies, was.strategies);
        List<String> strategiesRemoved = minusText(was.strategies, now.strategies);
        List<String> focusAdded = minusText(newestFocus(now), newestFocus(was));
        List<String> focusRemoved = minusText(newestFocus(was), newestFocus(now));
        boolean same = fields.isEmpty()
                && strategiesAdded.isEmpty()
                && strategiesRemoved.isEmpty()
                && focusAdded.isEmpty()
                && focusRemoved.isEmpty();
        return new GoalAreaChange(
                now.number,
                now.title,
                same ? Change.UNCHANGED : Change.CHANGED,
                fields,
                strategiesAdded,
                strategiesRemoved,
                newestYear(was),
                newestYear(now),
                focusAdded,
                focusRemoved);
    }

    private static List<GoalArea> sorted(List<GoalArea> goalAreas) {
        return goalAreas.stream()
                .sorted(Comparator.comparing((GoalArea g) -> g.number, Comparator.nullsLast(AgreementMapper.BY_NUMBER)))
                .toList();
    }

    private static Integer newestYear(GoalArea g) {
        return g.priorities.stream().map(p -> p.year).max(Integer::compare).orElse(null);
    }

    private static List<String> newestFocus(GoalArea g) {
        return g.priorities.stream()
                .max(Comparator.comparingInt(p -> p.year))
                .map(p -> List.copyOf(p.points))
                .orElse(List.of());
    }

    private static List<String> minusText(List<String> left, List<String> right) {
        List<String> normalisedRight =
                right.stream().map(AgreementComparison::normalise).toList();
        return left.stream()
                .filter(item -> !normalisedRight.contains(normalise(item)))
                .toList();
    }

    private static List<OrganisationReference> minus(
            List<OrganisationReference> left, List<OrganisationReference> right) {
        return left.stream()
                .filter(o -> right.stream().noneMatch(r -> Objects.equals(r.id(), o.id())))
                .toList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
