package se.samverkan.history;

import jakarta.persistence.Column;
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

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public UUID entityId;

    public String action;

    public String summary;

    @Column(name = "changed_at")
    public Instant changedAt;

    public String actor;

    @Column(name = "actor_organisation")
    public String actorOrganisation;

    @Column(name = "actor_client")
    public String actorClient;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;
}
