package se.samverkan.followup;

import static se.samverkan.common.problem.Text.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.agreement.AgreementDtos.GoalAreaDto;
import se.samverkan.agreement.AgreementService;
import se.samverkan.common.csv.Csv;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.http.ExportLimiter;
import se.samverkan.common.http.KeptJson;
import se.samverkan.common.http.PublicReads;
import se.samverkan.common.persistence.ReadOnlyReads;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.common.time.Clocks;
import se.samverkan.followup.ReportDtos.ReportAssessment;
import se.samverkan.followup.ReportDtos.ReportDto;
import se.samverkan.followup.ReportDtos.ReportGoalArea;
import se.samverkan.followup.ReportDtos.ReportIndicator;
import se.samverkan.followup.ReportDtos.ReportValue;
import se.samverkan.followup.ReportDtos.StatusCounts;
import se.samverkan.followup.ReportDtos.Trend;
import se.samverkan.followup.ReportDtos.TrendPoint;
import se.samverkan.followup.ReportDtos.TrendSeries;
import se.samverkan.reference.Municipality;

/**
 * The report of a round as a read model: per goal area in document order the accepted assessments, their aggregate
 * status and the goal area's indicators with the year's values and the trend across years; CSV and PDF are
 * renderings of the same model.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    FollowUpService rounds;

    @Inject
    AgreementService agreementService;

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorValueRepository values;

    @Inject
    ValueRules valueRules;

    @Inject
    FollowUpPolicy policy;

    @Inject
    ReportSnapshots snapshots;

    @Inject
    Clock clock;

    @Inject
    ExportLimiter exports;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    @Inject
    KeptJson kept;

    @Inject
    ReadOnlyReads reads;

    /** One rendering of the report: JSON, or the CSV and PDF files. */
    public enum Format {
        JSON(MediaType.APPLICATION_JSON, ReportSnapshots.Part.JSON),
        CSV(Csv.MEDIA_TYPE + "; charset=UTF-8", ReportSnapshots.Part.CSV),
        PDF("application/pdf", ReportSnapshots.Part.PDF);

        public final String mediaType;
        final ReportSnapshots.Part part;

        Format(String mediaType, ReportSnapshots.Part part) {
            this.mediaType = mediaType;
            this.part = part;
        }
    }

    /**
     * The report as bytes with its ETag; {@code body} is null when If-None-Match names the current one. Files only
     * once compiled, so that a file never shows a half-reviewed round. An approved round never changes, so its report
     * is computed once and read from the snapshot after that; a public one may be kept by shared caches.
     */
    public ReportFile file(UUID roundId, Format format, String ifNoneMatch, BooleanSupplier clientGone) {
        return file(roundId, format, CsvDialect.RFC4180, ifNoneMatch, clientGone);
    }

    /** What the public's kept report file depends on besides the data: the round and the format. */
    private record PublicReportKey(UUID roundId, Format format) {}

    /**
     * As above; a CSV in another dialect than RFC 4180 is computed per request, only RFC 4180 is kept as a snapshot.
     * The public's file (with its validator) is also kept in memory while nothing the report shows changes (KeptJson:
     * the round and every report input move change_counter.report_input): a repeated public read then needs no
     * transaction, only the version's statement.
     */
    public ReportFile file(
            UUID roundId, Format format, CsvDialect dialect, String ifNoneMatch, BooleanSupplier clientGone) {
        if (user.isAuthenticated() || (format == Format.CSV && dialect != CsvDialect.RFC4180)) {
            return reads.call(() -> fileOf(roundId, format, dialect, ifNoneMatch, clientGone));
        }
        KeptJson.Json<ReportFile> keptFile = kept.get(
                new PublicReportKey(roundId, format),
                kept.version(),
                () -> fileOf(roundId, format, dialect, null, clientGone),
                ReportFile::body);
        ReportFile file = keptFile.value();
        return PublicReads.matches(ifNoneMatch, file.etag())
                ? new ReportFile(null, file.etag(), file.sharedCache(), file.fileName())
                : new ReportFile(file.body(), file.etag(), file.sharedCache(), file.fileName(), keptFile::entity);
    }

    private ReportFile fileOf(
            UUID roundId, Format format, CsvDialect dialect, String ifNoneMatch, BooleanSupplier clientGone) {
        FollowUpRound round = rounds.readable(roundId);
        policy.assertCanReadReport(round);
        if (format != Format.JSON && round.status == RoundStatus.OPEN) {
            throw ProblemException.ruleViolation("export-needs-compiled", text("followup.export-needs-compiled"));
        }
        String fileName = "uppfoljning-" + round.year + "-" + round.id;
        if (!round.status.isPublic() || (format == Format.CSV && dialect != CsvDialect.RFC4180)) {
            byte[] body = format == Format.JSON
                    ? render(format, build(round))
                    : exports.run(() -> render(format, dialect, buildUnlessGone(round, clientGone)));
            String etag = PublicReads.contentTag(body);
            return new ReportFile(PublicReads.matches(ifNoneMatch, etag) ? null : body, etag, false, fileName);
        }
        long change = snapshots.currentChange();
        String etag = PublicReads.tag(
                "report-" + round.version + "-" + change + "-" + format.name().toLowerCase(java.util.Locale.ROOT));
        boolean shared = !user.isAuthenticated();
        if (PublicReads.matches(ifNoneMatch, etag)) {
            return new ReportFile(null, etag, shared, fileName);
        }
        byte[] body = snapshots.find(round.id, round.version, change, format.part);
        if (body == null) {
            // One computation per round and format at a time; whoever waited finds the snapshot.
            synchronized (computing.computeIfAbsent(round.id + "/" + format, k -> new Object())) {
                body = snapshots.find(round.id, round.version, change, format.part);
                if (body == null) {
                    body = exports.run(() -> compute(round, format, change, clientGone));
                }
            }
        }
        return new ReportFile(body, etag, shared, fileName);
    }

    /**
     * Bytes to send (null: not modified), a validator, whether a shared cache may keep it, a file name without
     * extension, and what is sent in their place (a kept file's direct copy, KeptJson; null: the bytes).
     */
    public record ReportFile(byte[] body, String etag, boolean sharedCache, String fileName, Supplier<Object> entity) {

        ReportFile(byte[] body, String etag, boolean sharedCache, String fileName) {
            this(body, etag, sharedCache, fileName, null);
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Object> computing =
            new java.util.concurrent.ConcurrentHashMap<>();

    private byte[] compute(FollowUpRound round, Format format, long change, BooleanSupplier clientGone) {
        byte[] stored = format == Format.JSON
                ? null
                : snapshots.find(round.id, round.version, change, ReportSnapshots.Part.JSON);
        ReportDto report;
        if (stored != null) {
            try {
                report = json.readValue(stored, ReportDto.class);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            report = buildUnlessGone(round, clientGone);
            if (format != Format.JSON) {
                snapshots.store(
                        round.id, round.version, change, ReportSnapshots.Part.JSON, render(Format.JSON, report));
            }
        }
        byte[] body = render(format, report);
        snapshots.store(round.id, round.version, change, format.part, body);
        return body;
    }

    private ReportDto buildUnlessGone(FollowUpRound round, BooleanSupplier clientGone) {
        if (clientGone.getAsBoolean()) {
            throw ProblemException.busy(
                    text("followup.client-closed-connection-before-report"), ExportLimiter.RETRY_AFTER_SECONDS);
        }
        return build(round);
    }

    private byte[] render(Format format, ReportDto report) {
        return render(format, CsvDialect.RFC4180, report);
    }

    private byte[] render(Format format, CsvDialect dialect, ReportDto report) {
        return switch (format) {
            case JSON -> {
                try {
                    yield json.writeValueAsBytes(report);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            case CSV -> PublicReads.utf8(ReportCsv.write(report, dialect));
            case PDF -> ReportPdf.render(report, Clocks.today(clock));
        };
    }

    /**
     * The aggregate status of a goal area: the least favourable status among the accepted assessments that assess
     * (ON_TRACK, then PARTLY, then NOT_ON_TRACK); NOT_ASSESSED when none of them does.
     */
    static GoalStatus aggregate(Collection<GoalStatus> statuses) {
        return statuses.stream()
                .filter(s -> s != GoalStatus.NOT_ASSESSED)
                .max(Comparator.naturalOrder())
                .orElse(GoalStatus.NOT_ASSESSED);
    }

    private ReportDto build(FollowUpRound round) {
        AgreementDto agreement = agreementService.get(round.agreement.id);
        List<Indicator> all = indicators.ofAgreement(agreement.id());
        Map<UUID, List<IndicatorValue>> valuesByIndicator =
                values.ofIndicators(all.stream().map(i -> i.id).toList()).stream()
                        .collect(Collectors.groupingBy(v -> v.indicator.id));
        Map<String, Municipality> municipalities = valueRules.municipalitiesByCode();
        List<Assessment> accepted = round.assessments.stream()
                .filter(a -> a.state.inReport())
                .sorted(Comparator.comparing(a -> a.organisation == null ? "" : a.organisation.name))
                .toList();
        List<ReportGoalArea> goalAreas = new ArrayList<>();
        for (GoalAreaDto goalArea : agreement.goalAreas()) {
            List<Assessment> ofArea = accepted.stream()
                    .filter(a -> a.goalArea.id.equals(goalArea.id()))
                    .toList();
            List<String> focus = goalArea.priorities().stream()
                    .filter(p -> p.year() == round.year)
                    .findFirst()
                    .map(p -> p.points())
                    .orElse(List.of());
            goalAreas.add(new ReportGoalArea(
                    goalArea.id(),
                    goalArea.number(),
                    goalArea.title(),
                    goalArea.goal(),
                    focus,
                    aggregate(ofArea.stream().map(a -> a.status).toList()),
                    counts(ofArea),
                    ofArea.stream()
                            .map(a -> new ReportAssessment(
                                    a.id,
                                    FollowUpMapper.organisation(a.organisation),
                                    a.status,
                                    a.situation,
                                    a.activities.stream()
                                            .map(FollowUpMapper::activity)
                                            .toList(),
                                    ProvenanceDto.of(a.provenance)))
                            .toList(),
                    all.stream()
                            .filter(i -> i.goalArea != null && i.goalArea.id.equals(goalArea.id()))
                            .map(i -> indicator(
                                    i, round.year, valuesByIndicator.getOrDefault(i.id, List.of()), municipalities))
                            .toList()));
        }
        List<ReportIndicator> agreementIndicators = all.stream()
                .filter(i -> i.goalArea == null)
                .map(i -> indicator(i, round.year, valuesByIndicator.getOrDefault(i.id, List.of()), municipalities))
                .toList();
        return new ReportDto(
                round.id,
                FollowUpMapper.agreement(round.agreement),
                agreement.countyCode(),
                agreement.countyName(),
                round.year,
                round.status,
                round.summary,
                round.compiledAt,
                round.approvedBy,
                round.approvedOn,
                goalAreas,
                agreementIndicators,
                counts(accepted),
                ProvenanceDto.of(round.provenance));
    }

    private static StatusCounts counts(List<Assessment> assessments) {
        Map<GoalStatus, Long> byStatus =
                assessments.stream().collect(Collectors.groupingBy(a -> a.status, Collectors.counting()));
        return new StatusCounts(
                byStatus.getOrDefault(GoalStatus.ON_TRACK, 0L),
                byStatus.getOrDefault(GoalStatus.PARTLY, 0L),
                byStatus.getOrDefault(GoalStatus.NOT_ON_TRACK, 0L),
                byStatus.getOrDefault(GoalStatus.NOT_ASSESSED, 0L));
    }

    private static ReportIndicator indicator(
            Indicator i, int year, List<IndicatorValue> values, Map<String, Municipality> municipalities) {
        List<ReportValue> ofYear = values.stream()
                .filter(v -> v.year == year)
                .map(v -> new ReportValue(
                        v.municipalityCode,
                        name(v.municipalityCode, municipalities),
                        v.gender,
                        ValueRules.normalised(v.value),
                        i.meetsTarget(year, v.value).orElse(null),
                        v.sample))
                .toList();
        return new ReportIndicator(
                i.id,
                i.name,
                i.description,
                i.unit,
                i.direction,
                i.scope,
                i.genderBreakdown,
                i.source,
                i.koladaKpi,
                i.sample,
                i.baselineYear,
                ValueRules.normalised(i.baselineValue),
                ValueRules.normalised(i.targetFor(year).orElse(null)),
                ofYear,
                trend(i.direction, values.stream().filter(v -> v.year <= year).toList(), municipalities));
    }

    /** One series per municipality (or the county) and gender, in the order the values are stored. */
    static List<TrendSeries> trend(
            IndicatorDirection direction, List<IndicatorValue> values, Map<String, Municipality> municipalities) {
        Map<String, List<IndicatorValue>> series = new LinkedHashMap<>();
        values.stream()
                .sorted(Comparator.comparing((IndicatorValue v) -> v.municipalityCode == null ? "" : v.municipalityCode)
                        .thenComparing(v -> v.gender)
                        .thenComparingInt(v -> v.year))
                .forEach(v -> series.computeIfAbsent(
                                ValueRules.key(0, v.municipalityCode, v.gender), k -> new ArrayList<>())
                        .add(v));
        return series.values().stream()
                .map(points -> {
                    IndicatorValue first = points.get(0);
                    BigDecimal change = points.size() < 2
                            ? null
                            : points.get(points.size() - 1).value.subtract(first.value);
                    return new TrendSeries(
                            first.municipalityCode,
                            name(first.municipalityCode, municipalities),
                            first.gender,
                            points.stream()
                                    .map(p -> new TrendPoint(p.year, ValueRules.normalised(p.value)))
                                    .toList(),
                            ValueRules.normalised(change),
                            trendOf(direction, change));
                })
                .toList();
    }

    static Trend trendOf(IndicatorDirection direction, BigDecimal change) {
        if (change == null) {
            return Trend.INSUFFICIENT_DATA;
        }
        if (change.signum() == 0) {
            return Trend.UNCHANGED;
        }
        return (change.signum() > 0) == (direction == IndicatorDirection.HIGHER_IS_BETTER)
                ? Trend.IMPROVING
                : Trend.WORSENING;
    }

    private static String name(String municipalityCode, Map<String, Municipality> municipalities) {
        Municipality m = municipalityCode == null ? null : municipalities.get(municipalityCode);
        return m == null ? null : m.name;
    }
}
