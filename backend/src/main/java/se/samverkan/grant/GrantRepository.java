package se.samverkan.grant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GrantRepository implements PanacheRepositoryBase<Grant, UUID> {

    /** The active grants of one subject, with their scope lists (one statement). */
    public List<Grant> activeOf(SubjectType type, String subject) {
        return find(
                        "select distinct g from Grant g left join fetch g.municipalities left join fetch g.indicators "
                                + "where g.subjectType = ?1 and g.subject = ?2 and g.revokedAt is null",
                        type,
                        subject)
                .list();
    }

    /** Every grant of a county, active first, newest first. */
    public List<Grant> ofCounty(String countyCode, boolean includeRevoked) {
        return find(
                        "select distinct g from Grant g left join fetch g.municipalities left join fetch g.indicators "
                                + "where g.countyCode = ?1" + (includeRevoked ? "" : " and g.revokedAt is null"),
                        countyCode)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing((Grant g) -> g.revokedAt != null)
                        .thenComparing(g -> g.grantedAt, java.util.Comparator.reverseOrder()))
                .toList();
    }

    public List<Grant> national(boolean includeRevoked) {
        return find("select distinct g from Grant g left join fetch g.municipalities left join fetch g.indicators "
                        + "where g.countyCode is null" + (includeRevoked ? "" : " and g.revokedAt is null"))
                .list();
    }

    public boolean activeExists(GrantKind kind, SubjectType type, String subject, String scopeKey) {
        return count(
                        "kind = ?1 and subjectType = ?2 and subject = ?3 and scopeKey = ?4 and revokedAt is null",
                        kind,
                        type,
                        subject,
                        scopeKey)
                > 0;
    }

    public List<Grant> activeOfKind(GrantKind kind) {
        return find(
                        "select distinct g from Grant g left join fetch g.municipalities left join fetch g.indicators "
                                + "where g.kind = ?1 and g.revokedAt is null",
                        kind)
                .list();
    }
}
