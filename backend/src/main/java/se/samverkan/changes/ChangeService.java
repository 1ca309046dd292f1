package se.samverkan.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.changes.ChangeDtos.ChangeDto;
import se.samverkan.changes.ChangeDtos.ChangePage;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.history.FeedVisibility;

/**
 * The change feed as the caller may see it. What may be read is decided by each feature's {@link FeedVisibility}
 * (its policy), for the caller of the current request; the webhooks call the same method as their subscriber.
 */
@ApplicationScoped
public class ChangeService {

    /** Pages scanned for one answer at most, so a caller who may see little still gets a bounded request. */
    private static final int MAX_SCANS = 5;

    @Inject
    ChangeFeedRepository feed;

    @Inject
    Instance<FeedVisibility> rules;

    @Transactional
    @ReadOnly
    public ChangePage changes(ChangeQuery query) {
        Set<ChangeType> types = query.type() == null ? Set.of(ChangeType.values()) : Set.of(query.type());
        Set<String> counties = query.county() == null ? Set.of() : Set.of(query.county());
        return visibleAfter(query.after(), types, counties, query.limit());
    }

    /**
     * Up to {@code limit} changes after the cursor that the current caller may read. The cursor returned is the last
     * position scanned, also past changes the caller may not see, so a consumer moves on and never sees one twice.
     */
    public ChangePage visibleAfter(long after, Set<ChangeType> types, Set<String> counties, int limit) {
        List<String> typeNames = types.stream().map(Enum::name).toList();
        List<ChangeDto> items = new ArrayList<>();
        long cursor = after;
        boolean more = false;
        for (int scan = 0; scan < MAX_SCANS && items.size() < limit; scan++) {
            int wanted = limit - items.size();
            List<ChangeFeedRepository.Row> rows = feed.after(cursor, typeNames, counties, wanted);
            if (rows.isEmpty()) {
                more = false;
                break;
            }
            Set<String> visible = visible(rows);
            for (ChangeFeedRepository.Row row : rows) {
                if (visible.contains(key(row))) {
                    items.add(dto(row));
                }
                cursor = row.position();
            }
            more = rows.size() == wanted;
            if (!more) {
                break;
            }
        }
        return new ChangePage(items, cursor, more);
    }

    /** Keys (type:id) of the rows' subjects that the caller may read, asked once per subject type. */
    private Set<String> visible(List<ChangeFeedRepository.Row> rows) {
        Map<String, List<ChangeFeedRepository.Row>> byType =
                rows.stream().collect(Collectors.groupingBy(ChangeFeedRepository.Row::subjectType));
        Set<String> visible = new HashSet<>();
        Map<String, Boolean> removals = new HashMap<>();
        byType.forEach((type, ofType) -> {
            FeedVisibility rule = rule(type);
            if (rule == null) {
                return;
            }
            Set<UUID> existing = ofType.stream()
                    .filter(r -> !r.gone())
                    .map(ChangeFeedRepository.Row::subjectId)
                    .collect(Collectors.toSet());
            for (UUID id : rule.readable(existing)) {
                visible.add(type + ":" + id);
            }
            for (ChangeFeedRepository.Row row : ofType) {
                if (row.gone()
                        && removals.computeIfAbsent(
                                type + "/" + row.county(), k -> rule.mayLearnRemoval(row.county()))) {
                    visible.add(key(row));
                }
            }
        });
        return visible;
    }

    private FeedVisibility rule(String type) {
        return rules.stream()
                .filter(r -> r.subjectType().equals(type))
                .findFirst()
                .orElse(null);
    }

    private static String key(ChangeFeedRepository.Row row) {
        return row.subjectType() + ":" + row.subjectId();
    }

    private static ChangeDto dto(ChangeFeedRepository.Row row) {
        return new ChangeDto(
                row.position(),
                ChangeType.valueOf(row.subjectType()),
                row.subjectId(),
                row.action(),
                row.gone() ? null : row.version(),
                row.changedAt(),
                row.county());
    }

    /** Parses a stored list of type names (webhook subscriptions). */
    public static Set<ChangeType> types(String names) {
        return names.isBlank()
                ? Set.of(ChangeType.values())
                : Arrays.stream(names.split(",")).map(ChangeType::valueOf).collect(Collectors.toSet());
    }

    public static Set<String> counties(String codes) {
        return codes.isBlank() ? Set.of() : Set.of(codes.split(","));
    }

    static Collection<String> names(Collection<ChangeType> types) {
        return types.stream().map(Enum::name).toList();
    }
}
