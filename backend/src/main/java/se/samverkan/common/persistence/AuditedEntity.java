package se.samverkan.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Every write names who did it and when; {@code version} guards against lost updates. The time is handed in, taken
 * from the injected clock ({@code Clocks.now(clock)}, {@code ChangeRecorder.now()}), so tests can fix it.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public void stampCreated(String actor, Instant now) {
        createdAt = now;
        createdBy = actor;
        updatedAt = now;
        updatedBy = actor;
    }

    public void stampUpdated(String actor, Instant now) {
        updatedAt = now;
        updatedBy = actor;
    }
}
