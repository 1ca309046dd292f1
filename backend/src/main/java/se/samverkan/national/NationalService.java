package se.samverkan.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.csv.Column;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.CsvTable;
import se.samverkan.common.http.KeptJson;
import se.samverkan.common.http.PageQuery;
import se.samverkan.common.http.Paging;
import se.samverkan.common.time.Clocks;
import se.samverkan.followup.GoalStatus;
import se.samverkan.national.NationalDtos.AgreementCounts;
import se.samverkan.national.NationalDtos.CountyComparison;
import se.samverkan.national.NationalDtos.Figures;
import se.samverkan.national.NationalDtos.GoalAreaStatusCounts;
import se.samverkan.national.NationalDtos.IndicatorValuePage;
import se.samverkan.national.NationalDtos.IndicatorValueRow;
import se.samverkan.national.NationalDtos.MunicipalityLok;
import se.samverkan.national.NationalDtos.NationalOverview;
import se.samverkan.reference.County;
import se.samverkan.reference.CountyRepository;

/** The national picture: the counties side by side, and indicator values across counties and municipalities. */
@ApplicationScoped
public class NationalService {

    @Inject
    NationalQueries queries;

    @Inject
    NationalPolicy policy;

    @Inject
    CountyRepository counties;

    @Inject
    Clock clock;

    /** What a kept comparison depends on besides the data: the year, the caller's one flag and today (overdue). */
    private record OverviewKey(int year, boolean internal, LocalDate today) {}

    /**
     * The comparison with its JSON, kept while nothing it counts changes (KeptJson: agreements, municipalities,
     * assessments, action items and forums all move one of its counters): a repeated read costs one statement.
     */
    public KeptJson.Json<NationalOverview> keptOverview(NationalQuery query) {
        return kept.read(() -> {
            int year = year(query.year());
            boolean internal = policy.readsInternal();
            LocalDate today = Clocks.today(clock);
            return kept.get(
                    new OverviewKey(year, internal, today), kept.version(), () -> overview(year, internal, today));
        });
    }

    private NationalOverview overview(int year, boolean internal, LocalDate today) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (County county : counties.listByCode()) {
            tallies.put(county.code, new Tally(county.code, county.name));
        }
        for (Object[] r : queries.agreementsInForce(year)) {
            Tally t = tallies.get((String) r[0]);
            long n = ((Number) r[2]).longValue();
            switch ((String) r[1]) {
                case "REGIONAL" -> t.regional += n;
                case "LOCAL" -> t.local += n;
                case "STRATEGY" -> t.strategy += n;
                default -> t.cooperationPlan += n;
            }
        }
        if (internal) {
            tallies.values().forEach(t -> t.inPreparation = 0L);
            for (Object[] r : queries.agreementsInPreparation(year)) {
                tallies.get((String) r[0]).inPreparation = ((Number) r[1]).longValue();
            }
        }
        List<MunicipalityLok> municipalities = new ArrayList<>();
        for (Object[] r : queries.municipalityLoks(year)) {
            Tally t = tallies.get((String) r[2]);
            t.municipalities++;
            if (r[3] != null) {
                t.withLok++;
            }
            municipalities.add(
                    new MunicipalityLok((String) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4]));
        }
        goalAreas(queries.goalAreaStatuses(year, internal), tallies);
        for (Object[] r : queries.openActionItems(today, internal)) {
            Tally t = tallies.get((String) r[0]);
            t.openActionItems = ((Number) r[1]).longValue();
            t.overdueActionItems = ((Number) r[2]).longValue();
        }
        Tally total = new Tally(null, null);
        if (internal) {
            total.inPreparation = 0L;
        }
        tallies.values().forEach(total::add);
        List<CountyComparison> rows = tallies.values().stream()
                .map(t -> new CountyComparison(t.code, t.name, t.figures()))
                .toList();
        return new NationalOverview(year, internal, rows, total.figures(), municipalities);
    }

    /** The comparison's columns, named for people as the comparison page names them. */
    private static final List<Column> COLUMNS = List.of(
            Column.of("year", "År"),
            Column.of("county_code", "Länskod"),
            Column.of("county", "Län"),
            Column.of("regional_agreements", "Regionala överenskommelser"),
            Column.of("local_agreements", "Lokala överenskommelser"),
            Column.of("strategies", "Strategier"),
            Column.of("cooperation_plans", "Samverkansplaner"),
            Column.of("municipalities", "Kommuner"),
            Column.of("municipalities_with_lok", "Kommuner med LÖK"),
            Column.of("goal_areas_on_track", "Målområden i fas"),
            Column.of("goal_areas_partly", "Målområden delvis i fas"),
            Column.of("goal_areas_not_on_track", "Målområden inte i fas"),
            Column.of("goal_areas_not_assessed", "Målområden ej bedömda"),
            Column.of("open_action_items", "Öppna uppdrag"),
            Column.of("overdue_action_items", "Försenade uppdrag"));

    private static final Column IN_PREPARATION =
            Column.of("agreements_in_preparation", "Överenskommelser under beredning");

    /** The county comparison as CSV: one row per county, then the country's totals; from the kept comparison. */
    public String overviewCsv(NationalQuery query, CsvDialect dialect) {
        NationalOverview overview = keptOverview(query).value();
        List<Column> columns = new ArrayList<>(COLUMNS);
        if (overview.internal()) {
            columns.add(IN_PREPARATION);
        }
        CsvTable table = CsvTable.of(dialect, columns);
        for (CountyComparison county : overview.counties()) {
            table.row(cells(overview, county.countyCode(), county.countyName(), county.figures()));
        }
        table.row(cells(overview, null, "Hela landet", overview.totals()));
        return table.toString();
    }

    private static Object[] cells(NationalOverview overview, String code, String name, Figures f) {
        List<Object> cells = new ArrayList<>(List.of(
                overview.year(),
                code == null ? "" : code,
                name,
                f.agreementsInForce().regional(),
                f.agreementsInForce().local(),
                f.agreementsInForce().strategy(),
                f.agreementsInForce().cooperationPlan(),
                f.municipalities(),
                f.municipalitiesWithLok(),
                f.followUp().onTrack(),
                f.followUp().partly(),
                f.followUp().notOnTrack(),
                f.followUp().notAssessed(),
                f.openActionItems(),
                f.overdueActionItems()));
        if (overview.internal()) {
            cells.add(f.agreementsInPreparation());
        }
        return cells.toArray();
    }

    @Inject
    KeptJson kept;

    /** What a kept page of values depends on besides the data: the filters, the caller's one flag and paging. */
    private record ValuesKey(int year, boolean internal, String county, String kpi, int page, int size) {}

    /**
     * A page of the values across counties with its JSON, kept while nothing it shows changes (KeptJson): a repeated
     * read costs one statement instead of grouping and counting a year's values.
     */
    public KeptJson.Json<IndicatorValuePage> indicatorValues(IndicatorValueQuery query, PageQuery page) {
        return kept.read(() -> {
            int year = year(query.year());
            boolean internal = policy.readsInternal();
            return kept.get(
                    new ValuesKey(year, internal, query.county(), query.kpi(), page.page(), page.size()),
                    kept.version(),
                    () -> indicatorValues(year, internal, query, page));
        });
    }

    private IndicatorValuePage indicatorValues(int year, boolean internal, IndicatorValueQuery query, PageQuery page) {
        long total = queries.countIndicatorValues(year, internal, query.county(), query.kpi());
        List<IndicatorValueRow> items = total == 0
                ? List.of()
                : queries
                        .indicatorValues(
                                year,
                                internal,
                                query.county(),
                                query.kpi(),
                                (int) Paging.offset(page.page(), page.size()),
                                page.size())
                        .stream()
                        .map(r -> new IndicatorValueRow(
                                (UUID) r[0],
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                (String) r[4],
                                (String) r[5],
                                (UUID) r[6],
                                (String) r[7],
                                (String) r[8],
                                (String) r[9],
                                (BigDecimal) r[10],
                                (BigDecimal) r[11],
                                (BigDecimal) r[12],
                                Boolean.TRUE.equals(r[13])))
                        .toList();
        return new IndicatorValuePage(year, internal, items, total, page.page(), page.size());
    }

    private int year(Integer year) {
        return year == null ? Clocks.today(clock).getYear() : year;
    }

    /**
     * A goal area's aggregate status is the least favourable among the assessments that assess it (NOT_ASSESSED says
     * nothing); an area only assessed as NOT_ASSESSED stays NOT_ASSESSED. Rows: county, goal area, status, count.
     */
    static void goalAreas(List<Object[]> rows, Map<String, Tally> tallies) {
        Map<UUID, GoalStatus> worst = new HashMap<>();
        Map<UUID, String> countyOf = new HashMap<>();
        for (Object[] r : rows) {
            UUID area = (UUID) r[1];
            GoalStatus status = GoalStatus.valueOf((String) r[2]);
            countyOf.put(area, (String) r[0]);
            GoalStatus current = worst.get(area);
            if (current == null
                    || current == GoalStatus.NOT_ASSESSED
                    || (status != GoalStatus.NOT_ASSESSED && status.compareTo(current) > 0)) {
                worst.put(area, status);
            }
        }
        worst.forEach((area, status) -> {
            Tally t = tallies.get(countyOf.get(area));
            switch (status) {
                case ON_TRACK -> t.onTrack++;
                case PARTLY -> t.partly++;
                case NOT_ON_TRACK -> t.notOnTrack++;
                case NOT_ASSESSED -> t.notAssessed++;
            }
        });
    }

    /** One county's counts while they are summed up. */
    static final class Tally {
        final String code;
        final String name;
        long regional;
        long local;
        long strategy;
        long cooperationPlan;
        long municipalities;
        long withLok;
        long onTrack;
        long partly;
        long notOnTrack;
        long notAssessed;
        long openActionItems;
        long overdueActionItems;
        Long inPreparation;

        Tally(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(Tally t) {
            regional += t.regional;
            local += t.local;
            strategy += t.strategy;
            cooperationPlan += t.cooperationPlan;
            municipalities += t.municipalities;
            withLok += t.withLok;
            onTrack += t.onTrack;
            partly += t.partly;
            notOnTrack += t.notOnTrack;
            notAssessed += t.notAssessed;
            openActionItems += t.openActionItems;
            overdueActionItems += t.overdueActionItems;
            if (inPreparation != null && t.inPreparation != null) {
                inPreparation += t.inPreparation;
            }
        }

        Figures figures() {
            return new Figures(
                    new AgreementCounts(regional, local, strategy, cooperationPlan),
                    municipalities,
                    withLok,
                    new GoalAreaStatusCounts(onTrack, partly, notOnTrack, notAssessed),
                    openActionItems,
                    overdueActionItems,
                    inPreparation);
        }
    }
}
