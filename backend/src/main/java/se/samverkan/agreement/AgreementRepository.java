package se.samverkan.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    /** Filters of the agreement list; null means "any". */
    public record Filter(
            String text,
            AgreementKind kind,
            String countyCode,
            AgreementStatus status,
            Integer inForceYear,
            UUID partyOrganisation,
            TargetGroup targetGroup) {}

    public enum SortOrder {
        RELEVANCE("ts_rank(a.search_document, swedish_query(:text)) desc, a.first_year desc"),
        TITLE("lower(a.title) asc"),
        TITLE_DESC("lower(a.title) desc"),
        FIRST_YEAR("a.first_year asc, lower(a.title) asc"),
        FIRST_YEAR_DESC("a.first_year desc, lower(a.title) asc"),
        UPDATED("a.updated_at asc"),
        UPDATED_DESC("a.updated_at desc");

        final String orderBy;

        SortOrder(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** A page of summaries and how many match in all. */
    public record SummaryPage(List<AgreementDtos.AgreementSummary> items, long total) {}

    /**
     * One page of summaries of the agreements the caller may see, with the number of matches, in one statement: the
     * full-text match, visibility, ranking and names in SQL, no entities. Only a page past the end needs a count.
     */
    public SummaryPage searchSummaries(
            Filter filter, AgreementPolicy.Visibility visibility, SortOrder sort, int page, int size) {
        SortOrder order = sort == SortOrder.RELEVANCE && blank(filter.text()) ? SortOrder.FIRST_YEAR_DESC : sort;
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, visibility, parameters);
        Query query = getEntityManager()
                .createNativeQuery("select a.id, a.kind, a.title, a.county_code, c.name, a.municipality_code,"
                        + " m.name, a.first_year, a.last_year, a.status, a.adopted_on, a.report_number, a.updated_at, count(*) over ()"
                        + " from agreement a join county c on c.code = a.county_code left join municipality m on m.code = a.municipality_code"
                        + " where " + where + " order by " + order.orderBy + ", a.id limit :limit offset :offset");
        parameters.forEach(query::setParameter);
        query.setParameter("limit", size);
        query.setParameter("offset", page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return new SummaryPage(List.of(), page == 0 ? 0 : count(filter, visibility));
        }
        List<AgreementDtos.AgreementSummary> items = rows.stream()
                .map(r -> new AgreementDtos.AgreementSummary(
                        (UUID) r[0],
                        AgreementKind.valueOf((String) r[1]),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        ((Number) r[7]).intValue(),
                        ((Number) r[8]).intValue(),
                        AgreementStatus.valueOf((String) r[9]),
                        toLocalDate(r[10]),
                        (String) r[11],
                        toInstant(r[12])))
                .toList();
        return new SummaryPage(items, ((Number) rows.get(0)[13]).longValue());
    }

    private static java.time.LocalDate toLocalDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (java.time.Instant) value;
    }

    public long count(Filter filter, AgreementPolicy.Visibility visibility) {
        Map<String, Object> parameters = new HashMap<>();
        Query query = getEntityManager()
                .createNativeQuery("select count(*) from agreement a where " + where(filter, visibility, parameters));
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Recomputes the full-text document after any change to the agreement or its goal areas. */
    public void refreshSearchDocument(UUID agreementId) {
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery(
                        "update agreement set search_document = agreement_search_document(id) where id = :id")
                .setParameter("id", agreementId)
                .executeUpdate();
    }

    /** The document with what it always shows, in one statement; its collections come in batches. */
    public java.util.Optional<Agreement> findDocument(UUID id) {
        return find(
                        "select a from Agreement a join fetch a.county left join fetch a.municipality left join fetch a.parent"
                                + " left join fetch a.supersedes left join fetch a.parties p left join fetch p.organisation where a.id = ?1",
                        id)
                .singleResultOptional();
    }

    /**
     * The agreements linked to one (its revisions, or the local agreements under it) that the caller may see, as
     * references: one projection instead of loading every linked agreement with its parties.
     */
    public List<AgreementDtos.AgreementRef> linkedRefs(
            String link, UUID agreementId, AgreementPolicy.Visibility visibility) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", agreementId);
        String where = (link.equals("revisions") ? "a.supersedes_id" : "a.parent_agreement_id") + " = :id and "
                + where(new Filter(null, null, null, null, null, null, null), visibility, parameters);
        Query query = getEntityManager()
                .createNativeQuery(
                        "select a.id, a.title, a.kind, a.first_year, a.last_year, a.status" + " from agreement a where "
                                + where + " order by " + (link.equals("revisions") ? "a.first_year" : "a.title"));
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new AgreementDtos.AgreementRef(
                        (UUID) r[0],
                        (String) r[1],
                        AgreementKind.valueOf((String) r[2]),
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(),
                        AgreementStatus.valueOf((String) r[5])))
                .toList();
    }

    /** One agreement an organisation is party to, as its commitments list it. */
    public record PartyRow(
            UUID id,
            String title,
            AgreementKind kind,
            AgreementStatus status,
            int firstYear,
            int lastYear,
            PartyRole role) {}

    /** One responsibility an organisation holds in a goal area, named or as one of "all other signatories". */
    public record ResponsibilityRow(
            UUID agreementId,
            String agreementTitle,
            UUID goalAreaId,
            String goalAreaNumber,
            String goalAreaTitle,
            Level level,
            ResponsibilityKind kind,
            String qualifier,
            boolean allOtherSignatories) {}

    /**
     * The agreements an organisation is party to that the caller may see (the same visibility rule as the list), newest
     * period first, in one statement; at most {@code limit}.
     */
    public List<PartyRow> partyRows(UUID organisationId, AgreementPolicy.Visibility visibility, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", organisationId);
        String where = where(new Filter(null, null, null, null, null, null, null), visibility, parameters);
        Query query = getEntityManager()
                .createNativeQuery("select a.id, a.title, a.kind, a.status, a.first_year, a.last_year, p.role"
                        + " from agreement_party p join agreement a on a.id = p.agreement_id"
                        + " where p.organisation_id = :organisation and " + where
                        + " order by a.first_year desc, lower(a.title), a.id limit :limit");
        parameters.forEach(query::setParameter);
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new PartyRow(
                        (UUID) r[0],
                        (String) r[1],
                        AgreementKind.valueOf((String) r[2]),
                        AgreementStatus.valueOf((String) r[3]),
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue(),
                        PartyRole.valueOf((String) r[6])))
                .toList();
    }

    /**
     * The responsibilities an organisation holds in the agreements the caller may see: those naming it, and those of
     * "all other signatories" in a goal area that does not name it while it signs the agreement. One statement; at
     * most {@code limit}.
     */
    public List<ResponsibilityRow> responsibilityRows(
            UUID organisationId, AgreementPolicy.Visibility visibility, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", organisationId);
        String where = where(new Filter(null, null, null, null, null, null, null), visibility, parameters);
        Query query = getEntityManager()
                .createNativeQuery("select a.id, a.title, g.id, g.number, g.title, r.level, r.kind, r.qualifier,"
                        + " r.all_other_signatories from responsibility r join goal_area g on g.id = r.goal_area_id"
                        + " join agreement a on a.id = g.agreement_id"
                        + " where (r.organisation_id = :organisation or (r.all_other_signatories"
                        + " and exists (select 1 from agreement_party sp where sp.agreement_id = a.id"
                        + " and sp.organisation_id = :organisation and sp.role = 'SIGNATORY')"
                        + " and not exists (select 1 from responsibility nr where nr.goal_area_id = g.id"
                        + " and nr.organisation_id = :organisation))) and " + where
                        + " order by a.first_year desc, lower(a.title), a.id, g.number nulls last, g.title, g.id, r.level nulls last, r.kind"
                        + " limit :limit");
        parameters.forEach(query::setParameter);
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new ResponsibilityRow(
                        (UUID) r[0],
                        (String) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        (String) r[4],
                        r[5] == null ? null : Level.valueOf((String) r[5]),
                        ResponsibilityKind.valueOf((String) r[6]),
                        (String) r[7],
                        (Boolean) r[8]))
                .toList();
    }

    public List<Agreement> revisionsOf(UUID agreementId) {
        return list("supersedes.id = ?1 order by firstYear", agreementId);
    }

    public List<Agreement> localAgreementsUnder(UUID agreementId) {
        return list("parent.id = ?1 order by title", agreementId);
    }

    public List<Agreement> adoptedEndedBefore(int year) {
        return list("status = ?1 and lastYear < ?2", AgreementStatus.ADOPTED, year);
    }

    private static String where(Filter filter, AgreementPolicy.Visibility visibility, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!visibility.everything()) {
            List<String> visible = new ArrayList<>();
            visible.add("a.status in ('ADOPTED', 'EXPIRED', 'SUPERSEDED')");
            if (!visibility.coordinatorCounties().isEmpty()) {
                visible.add("a.county_code in (:visibleCounties)");
                parameters.put("visibleCounties", visibility.coordinatorCounties());
            }
            if (!visibility.localMunicipalities().isEmpty()) {
                visible.add("(a.kind = 'LOCAL' and a.municipality_code in (:visibleMunicipalities))");
                parameters.put("visibleMunicipalities", visibility.localMunicipalities());
            }
            if (!visibility.authoredAgreements().isEmpty()) {
                visible.add("a.id in (:authoredAgreements)");
                parameters.put("authoredAgreements", visibility.authoredAgreements());
            }
            if (visibility.memberOrganisation() != null) {
                visible.add(
                        "exists (select 1 from agreement_party vp where vp.agreement_id = a.id and vp.organisation_id = :visibleOrganisation)");
                parameters.put("visibleOrganisation", visibility.memberOrganisation());
            }
            conditions.add("(" + String.join(" or ", visible) + ")");
        }
        if (!blank(filter.text())) {
            conditions.add("a.search_document @@ swedish_query(:text)");
            parameters.put("text", filter.text());
        }
        if (filter.kind() != null) {
            conditions.add("a.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.countyCode() != null) {
            conditions.add("a.county_code = :county");
            parameters.put("county", filter.countyCode());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.inForceYear() != null) {
            conditions.add(
                    "a.status in ('ADOPTED', 'EXPIRED', 'SUPERSEDED') and a.first_year <= :year and a.last_year >= :year");
            parameters.put("year", filter.inForceYear());
        }
        if (filter.partyOrganisation() != null) {
            conditions.add(
                    "exists (select 1 from agreement_party p where p.agreement_id = a.id and p.organisation_id = :party)");
            parameters.put("party", filter.partyOrganisation());
        }
        if (filter.targetGroup() != null) {
            conditions.add(
                    "(exists (select 1 from agreement_target_group t where t.agreement_id = a.id and t.target_group = :group)"
                            + " or exists (select 1 from goal_area_target_group gt join goal_area g on g.id = gt.goal_area_id"
                            + " where g.agreement_id = a.id and gt.target_group = :group))");
            parameters.put("group", filter.targetGroup().name());
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
