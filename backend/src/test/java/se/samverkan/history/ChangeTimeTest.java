package se.samverkan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverkan.common.persistence.AuditedEntity;

/** The time of a change (its history entry and the entity's stamps) is the injected clock's, in microseconds. */
class ChangeTimeTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-02T08:00:00.123456789Z"), ZoneOffset.UTC);
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00.123456Z");

    private static final class Stamped extends AuditedEntity {}

    @Test
    void theHistoryEntryIsDatedByTheClock() {
        List<ChangeLogEntry> persisted = new ArrayList<>();
        ChangeRecorder recorder = new ChangeRecorder();
        recorder.clock = FIXED;
        recorder.entries = new ChangeLogRepository() {
            @Override
            public void persist(ChangeLogEntry entry) {
                persisted.add(entry);
            }
        };
        UUID id = UUID.randomUUID();

        recorder.recordAs(
                ChangeRecorder.Actor.system("test"),
                new ChangeRecorder.Subject("FORUM", id, "FORUM", id),
                ChangeRecorder.CREATED,
                "Created",
                Map.of(),
                Map.of("name", "Forum"));

        assertEquals(AT, recorder.now());
        assertEquals(1, persisted.size());
        assertEquals(AT, persisted.get(0).changedAt);
    }

    @Test
    void stampsTakeTheTimeTheyAreGiven() {
        Stamped entity = new Stamped();
        entity.stampCreated("creator", AT);
        Instant later = AT.plusSeconds(60);
        entity.stampUpdated("editor", later);

        assertEquals(AT, entity.createdAt);
        assertEquals("creator", entity.createdBy);
        assertEquals(later, entity.updatedAt);
        assertEquals("editor", entity.updatedBy);
    }
}
