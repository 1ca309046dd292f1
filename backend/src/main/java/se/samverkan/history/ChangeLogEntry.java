package se.samverkan.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded change of something that belongs to a subject (an agreement and its parts). Never updated. */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String subjectType;

    public UUID subjectId;

    public String entityType;

    public UUID entityId;

    public String action;

    public String summary;

    public Instant changedAt;

    public String actor;

    public String actorOrganisation;

    public String actorClient;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;
}
