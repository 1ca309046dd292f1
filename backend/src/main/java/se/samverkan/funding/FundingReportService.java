package se.samverkan.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.common.csv.Column;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.CsvTable;
import se.samverkan.common.csv.Workbooks;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.funding.FundingDtos.AppliedGranted;
import se.samverkan.funding.FundingDtos.SummaryDto;
import se.samverkan.funding.FundingDtos.SummaryPermissions;
import se.samverkan.funding.FundingDtos.Total;

/**
 * What the public sees of the money: sums of projects' budget lines per programme, goal area, owner's municipality
 * and year, and applied against granted for granted applications. Summed in PostgreSQL's numeric: exact öre.
 * Goal areas of agreements that are not public are left out of the goal-area totals.
 */
@ApplicationScoped
public class FundingReportService {

    /** The bound of an export: a county's projects over many years fit easily. */
    static final int EXPORT_LIMIT = 20000;

    private static final String PUBLIC_AGREEMENT = "ag.status in ('ADOPTED', 'EXPIRED', 'SUPERSEDED')";

    @Inject
    EntityManager em;

    @Inject
    FundingService funding;

    @Inject
    FundingPolicy policy;

    @ReadOnly
    @Transactional
    public SummaryDto summary(String countyCode, Integer year) {
        funding.requireCounty(countyCode, "county");
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where("b.amount is not null", "p.county_code", "b.year", countyCode, year, parameters);
        String from = " from funding_project_budget b join funding_project p on p.id = b.project_id ";
        BigDecimal total = (BigDecimal) query("select sum(b.amount)" + from + "where " + where, parameters)
                .getSingleResult();
        List<Total> byProgramme = totals(
                "select coalesce(cast(fp.id as varchar), 'source:' || b.source), coalesce(fp.name, b.source),"
                        + " sum(b.amount), count(distinct p.id)" + from
                        + "left join funding_programme fp on fp.id = b.programme_id where " + where
                        + " group by 1, 2 order by 2",
                parameters);
        List<Total> byGoalArea = totals(
                "select cast(g.id as varchar), coalesce(g.number || ' ', '') || g.title || ' (' || ag.title || ')',"
                        + " sum(b.amount), count(distinct p.id)" + from
                        + "join funding_project_goal_area pg on pg.project_id = p.id"
                        + " join goal_area g on g.id = pg.goal_area_id join agreement ag on ag.id = g.agreement_id"
                        + " where " + where + " and " + PUBLIC_AGREEMENT
                        + " group by g.id, g.number, g.title, ag.title order by ag.title, g.number",
                parameters);
        List<Total> byMunicipality = totals(
                "select m.code, m.name, sum(b.amount), count(distinct p.id)" + from
                        + "join organisation o on o.id = p.owner_organisation_id"
                        + " join municipality m on m.code = o.municipality_code where " + where
                        + " group by m.code, m.name order by m.name",
                parameters);
        List<Total> byYear = totals(
                "select cast(b.year as varchar), cast(b.year as varchar), sum(b.amount), count(distinct p.id)" + from
                        + "where " + where + " group by b.year order by b.year",
                parameters);
        Map<String, Object> applicationParameters = new LinkedHashMap<>();
        String granted =
                where("a.status = 'GRANTED'", "c.county_code", "c.year", countyCode, year, applicationParameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(
                        "select c.year, sum(a.amount_applied), sum(a.amount_granted), count(*) from funding_application a"
                                + " join funding_call c on c.id = a.call_id where " + granted
                                + " group by c.year order by c.year",
                        applicationParameters)
                .getResultList();
        List<AppliedGranted> appliedGranted = rows.stream()
                .map(r -> new AppliedGranted(
                        ((Number) r[0]).intValue(),
                        Money.total((BigDecimal) r[1]),
                        Money.total((BigDecimal) r[2]),
                        ((Number) r[3]).longValue()))
                .toList();
        return new SummaryDto(
                countyCode,
                year,
                Money.total(total),
                byProgramme,
                byGoalArea,
                byMunicipality,
                byYear,
                appliedGranted,
                permissions(countyCode));
    }

    private SummaryPermissions permissions(String countyCode) {
        boolean county = countyCode != null && policy.canManageCounty(countyCode);
        return new SummaryPermissions(policy.canManageProgrammes(), county, county);
    }

    private static final List<Column> EXPORT_COLUMNS = List.of(
            Column.of("project", "Projekt"),
            Column.of("county", "Län"),
            Column.of("owner", "Projektägare"),
            Column.of("municipality", "Kommun"),
            Column.of("partners", "Partner"),
            Column.of("status", "Status"),
            Column.of("startsOn", "Startdatum"),
            Column.of("endsOn", "Slutdatum"),
            Column.of("source", "Källa"),
            Column.of("year", "År"),
            Column.of("amount", "Belopp (kr)"),
            Column.of("goalAreas", "Målområden"));

    /** One row per budget line of every project (a project without budget: one row without money). */
    @ReadOnly
    @Transactional
    public List<Object[]> exportRows(String countyCode, Integer year) {
        funding.requireCounty(countyCode, "county");
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where("true", "p.county_code", "b.year", countyCode, year, parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(
                        "select p.name, c.name, o.name, m.name,"
                                + " (select string_agg(po.name, ', ' order by pp.position) from funding_project_partner pp"
                                + "   join organisation po on po.id = pp.organisation_id where pp.project_id = p.id),"
                                + " p.status, cast(p.starts_on as varchar), cast(p.ends_on as varchar),"
                                + " coalesce(fp.name, b.source), b.year, b.amount,"
                                + " (select string_agg(coalesce(g.number || ' ', '') || g.title, ', ' order by g.number)"
                                + "   from funding_project_goal_area pg join goal_area g on g.id = pg.goal_area_id"
                                + "   join agreement ag on ag.id = g.agreement_id where pg.project_id = p.id and "
                                + PUBLIC_AGREEMENT + ")"
                                + " from funding_project p join county c on c.code = p.county_code"
                                + " left join organisation o on o.id = p.owner_organisation_id"
                                + " left join municipality m on m.code = o.municipality_code"
                                + " left join funding_project_budget b on b.project_id = p.id"
                                + " left join funding_programme fp on fp.id = b.programme_id"
                                + " where " + where
                                + " order by c.code, p.name, p.id, b.position",
                        parameters)
                .setMaxResults(EXPORT_LIMIT)
                .getResultList();
        // The status as its code, written for the export's readers.
        rows.forEach(r -> r[5] = ProjectStatus.valueOf((String) r[5]));
        return rows;
    }

    public String csv(List<Object[]> rows, CsvDialect dialect) {
        CsvTable table = CsvTable.of(dialect, EXPORT_COLUMNS);
        rows.forEach(table::row);
        return table.toString();
    }

    /** The same rows as a spreadsheet: amounts as numbers with two decimals, so sums in Excel stay exact to öre. */
    public byte[] xlsx(List<Object[]> rows) {
        return Workbooks.xlsx(new Workbooks.Sheet("Projekt", EXPORT_COLUMNS, rows, true));
    }

    /** The first condition, and the county and year asked for (as :county and :year) on the given columns. */
    private static String where(
            String first,
            String countyColumn,
            String yearColumn,
            String countyCode,
            Integer year,
            Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add(first);
        if (countyCode != null) {
            conditions.add(countyColumn + " = :county");
            parameters.put("county", countyCode);
        }
        if (year != null) {
            conditions.add(yearColumn + " = :year");
            parameters.put("year", year);
        }
        return String.join(" and ", conditions);
    }

    private List<Total> totals(String sql, Map<String, Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, parameters).getResultList();
        return rows.stream()
                .map(r -> new Total(
                        (String) r[0], (String) r[1], Money.total((BigDecimal) r[2]), ((Number) r[3]).longValue()))
                .toList();
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }
}
