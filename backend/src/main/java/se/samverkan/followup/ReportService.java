package se.samverkan.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.agreement.AgreementDtos.GoalAreaDto;
import se.samverkan.agreement.AgreementService;
import se.samverkan.common.problem.ProblemException;
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
import se.samverkan.followup.indicator.Indicator;
import se.samverkan.followup.indicator.IndicatorDirection;
import se.samverkan.followup.indicator.IndicatorRepository;
import se.samverkan.followup.indicator.IndicatorValue;
import se.samverkan.followup.indicator.IndicatorValueRepository;
import se.samverkan.followup.indicator.ValueRules;
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
    Clock clock;

    @Transactional
    public ReportDto report(UUID roundId) {
        FollowUpRound round = rounds.readable(roundId);
        policy.assertCanReadReport(round);
        return build(round);
    }

    /** The exported report as PDF, dated today. */
    public byte[] pdf(ReportDto report) {
        return ReportPdf.render(report, Clocks.today(clock));
    }

    /** The report for export: only once compiled, so that a file never shows a half-reviewed round. */
    @Transactional
    public ReportDto exportable(UUID roundId) {
        FollowUpRound round = rounds.readable(roundId);
        policy.assertCanReadReport(round);
        if (round.status == RoundStatus.OPEN) {
            throw ProblemException.ruleViolation("export-needs-compiled",
                    "The round is still open; its report is exported once the coordinator has compiled it");
        }
        return build(round);
    }

    /**
     * The aggregate status of a goal area: the least favourable status among the accepted assessments that assess
     * (ON_TRACK, then PARTLY, then NOT_ON_TRACK); NOT_ASSESSED when none of them does.
     */
    static GoalStatus aggregate(Collection<GoalStatus> statuses) {
        return statuses.stream().filter(s -> s != GoalStatus.NOT_ASSESSED).max(Comparator.naturalOrder()).orElse(GoalStatus.NOT_ASSESSED);
    }

    private ReportDto build(FollowUpRound round) {
        AgreementDto agreement = agreementService.get(round.agreement.id);
        List<Indicator> all = indicators.ofAgreement(agreement.id());
        Map<UUID, List<IndicatorValue>> valuesByIndicator = values.ofIndicators(all.stream().map(i -> i.id).toList()).stream()
                .collect(Collectors.groupingBy(v -> v.indicator.id));
        Map<String, Municipality> municipalities = valueRules.municipalitiesByCode();
        List<Assessment> accepted = round.assessments.stream().filter(a -> a.state == AssessmentState.ACCEPTED)
                .sorted(Comparator.comparing(a -> a.organisation.name)).toList();
        List<ReportGoalArea> goalAreas = new ArrayList<>();
        for (GoalAreaDto goalArea : agreement.goalAreas()) {
            List<Assessment> ofArea = accepted.stream().filter(a -> a.goalArea.id.equals(goalArea.id())).toList();
            List<String> focus = goalArea.priorities().stream().filter(p -> p.year() == round.year).findFirst()
                    .map(p -> p.points()).orElse(List.of());
            goalAreas.add(new ReportGoalArea(goalArea.id(), goalArea.number(), goalArea.title(), goalArea.goal(), focus,
                    aggregate(ofArea.stream().map(a -> a.status).toList()), counts(ofArea),
                    ofArea.stream().map(a -> new ReportAssessment(a.id, FollowUpMapper.organisation(a.organisation), a.status,
                            a.situation, a.activities.stream().map(FollowUpMapper::activity).toList(),
                            ProvenanceDto.of(a.provenance))).toList(),
                    all.stream().filter(i -> i.goalArea != null && i.goalArea.id.equals(goalArea.id()))
                            .map(i -> indicator(i, round.year, valuesByIndicator.getOrDefault(i.id, List.of()), municipalities))
                            .toList()));
        }
        List<ReportIndicator> agreementIndicators = all.stream().filter(i -> i.goalArea == null)
                .map(i -> indicator(i, round.year, valuesByIndicator.getOrDefault(i.id, List.of()), municipalities)).toList();
        return new ReportDto(round.id, FollowUpMapper.agreement(round.agreement), agreement.countyCode(), agreement.countyName(),
                round.year, round.status, round.summary, round.compiledAt, round.approvedBy, round.approvedOn, goalAreas,
                agreementIndicators, counts(accepted), ProvenanceDto.of(round.provenance));
    }

    private static StatusCounts counts(List<Assessment> assessments) {
        Map<GoalStatus, Long> byStatus = assessments.stream().collect(Collectors.groupingBy(a -> a.status, Collectors.counting()));
        return new StatusCounts(byStatus.getOrDefault(GoalStatus.ON_TRACK, 0L), byStatus.getOrDefault(GoalStatus.PARTLY, 0L),
                byStatus.getOrDefault(GoalStatus.NOT_ON_TRACK, 0L), byStatus.getOrDefault(GoalStatus.NOT_ASSESSED, 0L));
    }

    private static ReportIndicator indicator(Indicator i, int year, List<IndicatorValue> values, Map<String, Municipality> municipalities) {
        List<ReportValue> ofYear = values.stream().filter(v -> v.year == year)
                .map(v -> new ReportValue(v.municipalityCode, name(v.municipalityCode, municipalities), v.gender,
                        ValueRules.normalised(v.value), i.meetsTarget(year, v.value).orElse(null), v.sample))
                .toList();
        return new ReportIndicator(i.id, i.name, i.description, i.unit, i.direction, i.scope, i.genderBreakdown, i.source, i.koladaKpi,
                i.sample, i.baselineYear, ValueRules.normalised(i.baselineValue), ValueRules.normalised(i.targetFor(year).orElse(null)),
                ofYear, trend(i.direction, values.stream().filter(v -> v.year <= year).toList(), municipalities));
    }

    /** One series per municipality (or the county) and gender, in the order the values are stored. */
    static List<TrendSeries> trend(IndicatorDirection direction, List<IndicatorValue> values, Map<String, Municipality> municipalities) {
        Map<String, List<IndicatorValue>> series = new LinkedHashMap<>();
        values.stream()
                .sorted(Comparator.comparing((IndicatorValue v) -> v.municipalityCode == null ? "" : v.municipalityCode)
                        .thenComparing(v -> v.gender).thenComparingInt(v -> v.year))
                .forEach(v -> series.computeIfAbsent(ValueRules.key(0, v.municipalityCode, v.gender), k -> new ArrayList<>()).add(v));
        return series.values().stream().map(points -> {
            IndicatorValue first = points.get(0);
            BigDecimal change = points.size() < 2 ? null : points.get(points.size() - 1).value.subtract(first.value);
            return new TrendSeries(first.municipalityCode, name(first.municipalityCode, municipalities), first.gender,
                    points.stream().map(p -> new TrendPoint(p.year, ValueRules.normalised(p.value))).toList(),
                    ValueRules.normalised(change), trendOf(direction, change));
        }).toList();
    }

    static Trend trendOf(IndicatorDirection direction, BigDecimal change) {
        if (change == null) {
            return Trend.INSUFFICIENT_DATA;
        }
        if (change.signum() == 0) {
            return Trend.UNCHANGED;
        }
        return (change.signum() > 0) == (direction == IndicatorDirection.HIGHER_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
    }

    private static String name(String municipalityCode, Map<String, Municipality> municipalities) {
        Municipality m = municipalityCode == null ? null : municipalities.get(municipalityCode);
        return m == null ? null : m.name;
    }
}
