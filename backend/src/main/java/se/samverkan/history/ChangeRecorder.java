package se.samverkan.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.common.time.Clocks;

/**
 * Records every change as field-level before/after values, with who (user, organisation, client) and when.
 * Services hand in snapshots (ordered maps of field → printable value) taken before and after the change.
 */
@ApplicationScoped
public class ChangeRecorder {

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";
    public static final String STATUS_CHANGED = "STATUS_CHANGED";

    /** Who acted: the caller, or the system itself (scheduled jobs, demo data). */
    public record Actor(String name, String organisationNumber, String clientId) {
        public static Actor system(String name) {
            return new Actor(name, null, null);
        }
    }

    /** What was changed and where it belongs. */
    public record Subject(String subjectType, UUID subjectId, String entityType, UUID entityId) {}

    /** Text shown instead of a reference the caller may not see. */
    public static final String NOT_VISIBLE = "(not public)";

    private static final char OPEN = '\u27E6';
    private static final char CLOSE = '\u27E7';
    private static final Pattern REFERENCE =
            Pattern.compile(OPEN + "([a-z-]+):([0-9a-f-]{36}):([^" + CLOSE + "]*)" + CLOSE);

    @Inject
    ChangeLogRepository entries;

    @Inject
    Instance<HistoryVisibility> visibilities;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The time of a change (its stamps and its history entry), from the application's one clock. */
    public Instant now() {
        return Clocks.now(clock);
    }

    public Actor caller() {
        return new Actor(
                user.actor(),
                user.organisationNumber().orElse(null),
                user.clientId().orElse(null));
    }

    public void record(
            Subject subject, String action, String summary, Map<String, String> before, Map<String, String> after) {
        recordAs(caller(), subject, action, summary, before, after);
    }

    public void recordAs(
            Actor actor,
            Subject subject,
            String action,
            String summary,
            Map<String, String> before,
            Map<String, String> after) {
        ChangeLogEntry entry = new ChangeLogEntry();
        entry.subjectType = subject.subjectType();
        entry.subjectId = subject.subjectId();
        entry.entityType = subject.entityType();
        entry.entityId = subject.entityId();
        entry.action = action;
        entry.summary = summary.length() > 500 ? summary.substring(0, 497) + "…" : summary;
        entry.changedAt = now();
        entry.actor = actor.name();
        entry.actorOrganisation = actor.organisationNumber();
        entry.actorClient = actor.clientId();
        entry.changes = diff(before, after);
        entries.persist(entry);
    }

    /** Fields whose printable value differs, in the order they first appear. */
    public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    /**
     * A snapshot value or summary part that names something of another feature, or something with its own
     * visibility (unpublished minutes): stored with its kind and id, and shown in a history only to callers for whom
     * that kind's {@link HistoryVisibility} allows it.
     */
    public static String reference(String kind, UUID id, String label) {
        if (label == null) {
            return null;
        }
        return OPEN + kind + ":" + id + ":" + label.replace(OPEN, '[').replace(CLOSE, ']') + CLOSE;
    }

    /** The history of a subject as the caller may see it: references to what they may not see are replaced. */
    public List<HistoryEntryDto> history(String subjectType, UUID subjectId) {
        return visible(entries.listFor(subjectType, subjectId));
    }

    /** The history of several subjects of one type (e.g. every grant of a county), newest first. */
    public List<HistoryEntryDto> historyOf(String subjectType, java.util.Collection<UUID> subjectIds) {
        return visible(entries.listFor(subjectType, subjectIds));
    }

    private List<HistoryEntryDto> visible(List<ChangeLogEntry> list) {
        Map<String, Boolean> decided = new HashMap<>();
        return list.stream()
                .map(HistoryEntryDto::from)
                .map(entry -> new HistoryEntryDto(
                        entry.id(),
                        entry.at(),
                        entry.actor(),
                        entry.actorOrganisation(),
                        entry.actorClient(),
                        entry.entityType(),
                        entry.entityId(),
                        entry.action(),
                        resolve(entry.summary(), decided),
                        entry.changes() == null
                                ? List.of()
                                : entry.changes().stream()
                                        .map(c -> new FieldChange(
                                                c.field(), resolve(c.before(), decided), resolve(c.after(), decided)))
                                        .toList()))
                .toList();
    }

    private String resolve(String text, Map<String, Boolean> decided) {
        if (text == null || text.indexOf(OPEN) < 0) {
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String kind = matcher.group(1);
            String id = matcher.group(2);
            boolean visible = decided.computeIfAbsent(kind + ":" + id, key -> canSee(kind, id));
            matcher.appendReplacement(out, Matcher.quoteReplacement(visible ? matcher.group(3) : NOT_VISIBLE));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private boolean canSee(String kind, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
        // No rule for a kind means nobody may see it: a forgotten rule must not leak.
        return visibilities.stream().filter(v -> v.kind().equals(kind)).anyMatch(v -> v.canSee(uuid));
    }
}
