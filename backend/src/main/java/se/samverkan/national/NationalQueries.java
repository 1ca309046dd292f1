package se.samverkan.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;

/**
 * The national comparison's aggregates: one grouped statement each, whatever the number of counties, agreements or
 * values, loading no entity. Rows come back as arrays in the column order named at each query.
 */
@ApplicationScoped
public class NationalQueries {

    /** Statuses of agreements that are public documents (AgreementStatus.PUBLIC). */
    private static final String PUBLIC_AGREEMENT = "('ADOPTED', 'EXPIRED', 'SUPERSEDED')";

    /**
     * In force in the year: adopted (or since expired or superseded), its period covers the year, and no public
     * revision of it had started by then (VG 2021 gives way to VG 2024 from 2024).
     */
    private static final String IN_FORCE = "a.status in " + PUBLIC_AGREEMENT
            + " and a.first_year <= :year and a.last_year >= :year"
            + " and not exists (select 1 from agreement r where r.supersedes_id = a.id and r.status in "
            + PUBLIC_AGREEMENT + " and r.first_year <= :year)";

    @Inject
    EntityManager em;

    /** county, kind, count of agreements in force. */
    public List<Object[]> agreementsInForce(int year) {
        return rows(em.createNativeQuery(
                        "select a.county_code, a.kind, count(*) from agreement a where " + IN_FORCE
                                + " group by a.county_code, a.kind",
                        Object[].class)
                .setParameter("year", year));
    }

    /** county, count of agreements being drafted or consulted on whose period reaches the year. */
    public List<Object[]> agreementsInPreparation(int year) {
        return rows(em.createNativeQuery(
                        "select a.county_code, count(*) from agreement a where a.status in ('DRAFT', 'CONSULTATION')"
                                + " and a.last_year >= :year group by a.county_code",
                        Object[].class)
                .setParameter("year", year));
    }

    /** municipality code, name, county, id and title of the latest LÖK in force there (nulls when none). */
    public List<Object[]> municipalityLoks(int year) {
        return rows(em.createNativeQuery(
                        "select m.code, m.name, m.county_code, l.id, l.title from municipality m left join ("
                                + "select distinct on (a.municipality_code) a.municipality_code, a.id, a.title"
                                + " from agreement a where a.kind = 'LOCAL' and " + IN_FORCE
                                + " order by a.municipality_code, a.first_year desc, a.id) l"
                                + " on l.municipality_code = m.code order by m.county_code, m.code",
                        Object[].class)
                .setParameter("year", year));
    }

    /**
     * county, goal area, assessment status, count: accepted (or recorded) assessments that assess a goal area in the
     * year's rounds; the public sees approved and recorded rounds only.
     */
    public List<Object[]> goalAreaStatuses(int year, boolean internal) {
        String rounds = internal ? "('OPEN', 'COMPILED', 'APPROVED', 'RECORDED')" : "('APPROVED', 'RECORDED')";
        return rows(em.createNativeQuery(
                        "select ag.county_code, s.goal_area_id, s.status, count(*) from assessment s"
                                + " join follow_up_round r on r.id = s.round_id join agreement ag on ag.id = r.agreement_id"
                                + " where r.year = :year and r.status in " + rounds
                                + " and s.state in ('ACCEPTED', 'RECORDED') and s.status is not null"
                                + " group by ag.county_code, s.goal_area_id, s.status",
                        Object[].class)
                .setParameter("year", year));
    }

    /**
     * county, open, overdue: action items open or in progress in the county's forums; the public counts only those
     * handed out at meetings whose minutes are published.
     */
    public List<Object[]> openActionItems(LocalDate today, boolean internal) {
        String visible = internal
                ? ""
                : " and exists (select 1 from meeting m where m.id = i.meeting_id and m.minutes_published_at is not null)";
        return rows(em.createNativeQuery(
                        "select f.county_code, count(*), count(*) filter (where i.due_on < :today) from action_item i"
                                + " join forum f on f.id = i.forum_id where f.county_code is not null"
                                + " and i.status in ('OPEN', 'IN_PROGRESS')" + visible + " group by f.county_code",
                        Object[].class)
                .setParameter("today", today));
    }

    private static final String VALUES_FROM = " from indicator_value v join indicator i on i.id = v.indicator_id"
            + " join agreement ag on ag.id = i.agreement_id"
            + " where v.year = :year and (:internal or ag.status in " + PUBLIC_AGREEMENT + ")"
            + " and (cast(:county as varchar) is null or ag.county_code = cast(:county as varchar))"
            + " and (cast(:kpi as varchar) is null or i.kolada_kpi = cast(:kpi as varchar))";

    /**
     * indicator id, name, unit, KPI, county, county name, agreement id, title, municipality, municipality name, total,
     * women, men, sample: one row per indicator and place, a page of them.
     */
    public List<Object[]> indicatorValues(int year, boolean internal, String county, String kpi, int first, int size) {
        Query query = em.createNativeQuery(
                "select i.id, i.name, i.unit, i.kolada_kpi, ag.county_code, c.name as county_name, ag.id as agreement_id,"
                        + " ag.title, v.municipality_code, mu.name as municipality_name,"
                        + " max(v.value) filter (where v.gender = 'TOTAL'),"
                        + " max(v.value) filter (where v.gender = 'WOMEN'),"
                        + " max(v.value) filter (where v.gender = 'MEN'),"
                        + " bool_or(v.sample) or bool_or(i.sample)"
                        + VALUES_FROM.replace(
                                " where ",
                                " join county c on c.code = ag.county_code"
                                        + " left join municipality mu on mu.code = v.municipality_code where ")
                        + " group by i.id, i.name, i.unit, i.kolada_kpi, ag.county_code, c.name, ag.id, ag.title,"
                        + " v.municipality_code, mu.name"
                        + " order by i.name, ag.county_code, v.municipality_code nulls first, i.id",
                Object[].class);
        return rows(
                bind(query, year, internal, county, kpi).setFirstResult(first).setMaxResults(size));
    }

    public long countIndicatorValues(int year, boolean internal, String county, String kpi) {
        Query query = em.createNativeQuery(
                "select count(*) from (select distinct v.indicator_id, v.municipality_code" + VALUES_FROM + ") p",
                Long.class);
        return ((Number) bind(query, year, internal, county, kpi).getSingleResult()).longValue();
    }

    private static Query bind(Query query, int year, boolean internal, String county, String kpi) {
        return query.setParameter("year", year)
                .setParameter("internal", internal)
                .setParameter("county", county)
                .setParameter("kpi", kpi);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
