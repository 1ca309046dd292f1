package se.samverkan.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.security.CurrentUser;

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
    public record Subject(String subjectType, UUID subjectId, String entityType, UUID entityId) {
    }

    @Inject
    ChangeLogRepository entries;

    @Inject
    CurrentUser user;

    public Actor caller() {
        return new Actor(user.actor(), user.organisationNumber().orElse(null), user.clientId().orElse(null));
    }

    public void record(Subject subject, String action, String summary, Map<String, String> before, Map<String, String> after) {
        recordAs(caller(), subject, action, summary, before, after);
    }

    public void recordAs(Actor actor, Subject subject, String action, String summary,
                         Map<String, String> before, Map<String, String> after) {
        ChangeLogEntry entry = new ChangeLogEntry();
        entry.subjectType = subject.subjectType();
        entry.subjectId = subject.subjectId();
        entry.entityType = subject.entityType();
        entry.entityId = subject.entityId();
        entry.action = action;
        entry.summary = summary.length() > 500 ? summary.substring(0, 497) + "…" : summary;
        entry.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
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

    public List<HistoryEntryDto> history(String subjectType, UUID subjectId) {
        return entries.listFor(subjectType, subjectId).stream().map(HistoryEntryDto::from).toList();
    }
}
