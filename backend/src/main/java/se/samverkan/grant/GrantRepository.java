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

    /**
     * The local agreements (LÖK) in these municipalities where one of these organisations, or one of its units, is a
     * party of the LÖK or of the regional agreement it sits under: rows of agreement id, municipality code and the
     * organisation (of those asked) that is a party.
     */
    public List<Object[]> localAgreementsWithParty(
            java.util.Collection<UUID> organisations, java.util.Collection<String> municipalities) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("with recursive unit(id, root) as ("
                        + " select o.id, o.id from organisation o where o.id in (:organisations)"
                        + " union all select c.id, u.root from organisation c join unit u on c.parent_id = u.id)"
                        + " select distinct a.id, a.municipality_code, u.root from agreement a"
                        + " join agreement_party p on p.agreement_id = a.id or p.agreement_id = a.parent_agreement_id"
                        + " join unit u on u.id = p.organisation_id"
                        + " where a.kind = 'LOCAL' and a.municipality_code in (:municipalities)")
                .setParameter("organisations", organisations)
                .setParameter("municipalities", municipalities)
                .getResultList();
        return rows;
    }

    /** The organisations that are parties of an agreement, with every organisation above them (a unit's agency). */
    public java.util.Set<UUID> partiesWithParents(UUID agreementId) {
        if (agreementId == null) {
            return java.util.Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery(
                        "with recursive up(id, parent_id) as ("
                                + " select o.id, o.parent_id from agreement_party p join organisation o on o.id = p.organisation_id"
                                + " where p.agreement_id = :agreement"
                                + " union select o.id, o.parent_id from organisation o join up on o.id = up.parent_id)"
                                + " select id from up",
                        UUID.class)
                .setParameter("agreement", agreementId)
                .getResultList();
        return new java.util.HashSet<>(ids);
    }
}
