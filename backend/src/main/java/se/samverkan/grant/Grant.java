package se.samverkan.grant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;

/**
 * A scoped right of one person or service account. Scope references are plain ids: grants are read by the policies of
 * every feature, so this package depends on none of them.
 */
@Entity
@Table(name = "access_grant")
public class Grant extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public GrantKind kind;

    @Enumerated(EnumType.STRING)
    public SubjectType subjectType;

    public String subject;

    public String subjectUserId;

    public String subjectName;

    public String countyCode;

    public UUID organisationId;

    public UUID forumId;

    public String scopeKey;

    @ElementCollection
    @CollectionTable(name = "access_grant_municipality", joinColumns = @JoinColumn(name = "grant_id"))
    @Column(name = "municipality_code")
    public Set<String> municipalities = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "access_grant_indicator", joinColumns = @JoinColumn(name = "grant_id"))
    @Column(name = "indicator_id")
    public Set<UUID> indicators = new LinkedHashSet<>();

    public Instant grantedAt;

    public String grantedBy;

    public Instant revokedAt;

    public String revokedBy;

    public boolean active() {
        return revokedAt == null;
    }
}
