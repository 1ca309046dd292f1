package se.samverkan.history;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChangeLogRepository implements PanacheRepository<ChangeLogEntry> {

    public List<ChangeLogEntry> listFor(String subjectType, UUID subjectId) {
        return list("subjectType = ?1 and subjectId = ?2", Sort.descending("changedAt", "id"), subjectType, subjectId);
    }

    /** The entries of several subjects of one type, newest first (one statement). */
    public List<ChangeLogEntry> listFor(String subjectType, java.util.Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return list(
                "subjectType = ?1 and subjectId in ?2", Sort.descending("changedAt", "id"), subjectType, subjectIds);
    }
}
