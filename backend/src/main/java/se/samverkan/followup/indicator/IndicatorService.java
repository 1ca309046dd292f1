package se.samverkan.followup.indicator;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.KeptJson;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;
import se.samverkan.followup.FollowUpDtos.IndicatorPermissions;
import se.samverkan.followup.FollowUpDtos.ValueDto;
import se.samverkan.followup.FollowUpPolicy;
import se.samverkan.followup.Gender;
import se.samverkan.followup.Indicator;
import se.samverkan.followup.IndicatorRepository;
import se.samverkan.followup.IndicatorSource;
import se.samverkan.followup.IndicatorTarget;
import se.samverkan.followup.IndicatorValue;
import se.samverkan.followup.IndicatorValueRepository;
import se.samverkan.followup.ValueRules;
import se.samverkan.followup.indicator.IndicatorDtos.ImportResultDto;
import se.samverkan.followup.indicator.IndicatorDtos.IndicatorDto;
import se.samverkan.followup.indicator.IndicatorDtos.TargetDto;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.reference.Municipality;

/** Indicator definitions of an agreement and their values; changes are part of the agreement's history. */
@ApplicationScoped
public class IndicatorService {

    /** Indicators belong to the agreement's history. */
    static final String SUBJECT = "AGREEMENT";

    static final String ENTITY = "INDICATOR";

    private static final Audit<Indicator> INDICATOR = new Audit<>(
            i -> new ChangeRecorder.Subject(SUBJECT, i.agreement.id, ENTITY, i.id), IndicatorMapper::snapshot);

    @Inject
    AuditedChanges changes;

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorValueRepository values;

    @Inject
    IndicatorValueRows valueRows;

    @Inject
    AgreementRepository agreements;

    @Inject
    IndicatorUses uses;

    @Inject
    ValueRules rules;

    @Inject
    FollowUpPolicy policy;

    @Inject
    ChangeRecorder history;

    @ReadOnly
    @Transactional
    public List<IndicatorDto> list(UUID agreementId) {
        Agreement agreement = readableAgreement(agreementId);
        return dtos(indicators.ofAgreement(agreement.id));
    }

    @ReadOnly
    @Transactional
    public IndicatorDto get(UUID id) {
        return dto(readable(id));
    }

    @Transactional
    public IndicatorDto create(UUID agreementId, IndicatorInput input) {
        Agreement agreement = agreement(agreementId, policy::assertCanDefineIndicators);
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.agreement = agreement;
        apply(indicator, input);
        changes.create(INDICATOR, indicator, "Defined indicator " + indicator.name);
        return dto(indicator);
    }

    @Transactional
    public IndicatorDto update(UUID id, String ifMatch, IndicatorInput input) {
        Indicator indicator = manageable(id);
        changes.update(
                INDICATOR,
                indicator,
                ifMatch,
                i -> {
                    boolean reshaped = input.scope() != i.scope || input.genderBreakdown() != i.genderBreakdown;
                    if (reshaped && values.countOf(i.id) > 0) {
                        throw ProblemException.ruleViolation(
                                "indicator-shape-fixed-with-values",
                                text("followup.indicator-shape-fixed-with-values"));
                    }
                    apply(i, input);
                },
                i -> "Updated indicator " + i.name);
        return dto(indicator);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Indicator indicator = manageable(id);
        Audit<Indicator> withValues = INDICATOR.showing(i -> {
            Map<String, String> fields = IndicatorMapper.snapshot(i);
            fields.put("values", Long.toString(values.countOf(i.id)));
            return fields;
        });
        changes.delete(
                withValues,
                indicator,
                ifMatch,
                i -> {
                    IndicatorUses.Uses used = uses.of(List.of(i.id));
                    if (used.assessed().contains(i.id)) {
                        throw ProblemException.ruleViolation("indicator-in-use", text("followup.indicator-in-use"));
                    }
                    // The plan would silently lose how its activities are followed up: they are unlinked first.
                    if (used.planned().contains(i.id)) {
                        throw ProblemException.ruleViolation(
                                "indicator-in-plan",
                                text("followup.indicator-in-plan", String.join("; ", uses.activityTitles(i.id))));
                    }
                    indicators.delete(i);
                },
                "Removed indicator " + indicator.name);
    }

    @ReadOnly
    @Transactional
    public List<ValueDto> values(UUID id) {
        return valueRows.of(readable(id).id);
    }

    @Inject
    KeptJson kept;

    @Inject
    CurrentUser user;

    /** The values of an indicator the caller may read, kept with their JSON (the same for every reader). */
    private record ValuesKey(UUID indicatorId) {}

    /** Kept only once the public was allowed to read them: the public's right depends on the data alone. */
    private record PublicValuesKey(UUID indicatorId) {}

    /**
     * {@link #values} with its JSON, kept while neither the values nor the municipality names change (KeptJson). A
     * signed-in caller's right to read is checked per request; the public's (the agreement is public) is part of what
     * the kept view was built from, so a kept public view at the same version is still allowed.
     */
    public KeptJson.Json<List<ValueDto>> valuesJson(UUID id) {
        return kept.read(() -> {
            KeptJson.Version version = kept.version();
            if (!user.isAuthenticated()) {
                return kept.get(new PublicValuesKey(id), version, () -> valueRows.of(readable(id).id));
            }
            UUID readable = readable(id).id;
            return kept.get(new ValuesKey(readable), version, () -> valueRows.of(readable));
        });
    }

    /** The values as a CSV file in one dialect, kept like the JSON (the public's as the public's). */
    private record CsvKey(UUID indicatorId, CsvDialect dialect, boolean anonymous) {}

    public byte[] valuesCsv(UUID id, CsvDialect dialect) {
        return kept.read(() -> {
            KeptJson.Version version = kept.version();
            if (!user.isAuthenticated()) {
                return kept.bytes(new CsvKey(id, dialect, true), version, () -> csv(readable(id).id, dialect));
            }
            UUID readable = readable(id).id;
            return kept.bytes(new CsvKey(readable, dialect, false), version, () -> csv(readable, dialect));
        });
    }

    private byte[] csv(UUID readable, CsvDialect dialect) {
        // The same rows as the JSON list, sorted in SQL: no entities for a read-only file.
        return ValuesCsv.write(valueRows.of(readable), dialect).getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces every value when the whole file is valid; otherwise a problem lists every bad row and nothing changes. */
    @Transactional
    public ImportResultDto importValues(UUID id, String ifMatch, byte[] csv, CsvDialect dialect) {
        Indicator indicator = readable(id);
        policy.assertCanPushValues(indicator);
        EntityTags.requireMatch(ifMatch, indicator.version);
        List<ValuesCsv.Row> rows = ValuesCsv.read(csv, dialect, indicator, rules.municipalitiesByCode());
        return replaceValues(indicator, rows, i -> "Imported " + rows.size() + " values of " + i.name + " from CSV");
    }

    /**
     * The JSON twin of {@link #importValues}: the same rules per value (fields named values[i].year …), the same
     * all-or-nothing replacement, the same history.
     */
    @Transactional
    public ImportResultDto pushValues(UUID id, String ifMatch, ValuesInput input) {
        Indicator indicator = readable(id);
        policy.assertCanPushValues(indicator);
        EntityTags.requireMatch(ifMatch, indicator.version);
        Map<String, Municipality> municipalities = rules.municipalitiesByCode();
        se.samverkan.common.problem.FieldViolations violations = new se.samverkan.common.problem.FieldViolations();
        Map<String, Integer> seen = new java.util.HashMap<>();
        List<ValuesCsv.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < input.values().size(); i++) {
            ValuesInput.Value v = input.values().get(i);
            String field = "values[" + i + "]";
            var own = new se.samverkan.common.problem.FieldViolations();
            ValueRules.checkYear(v.year(), field + ".year", own);
            ValueRules.checkMunicipality(
                    indicator, v.municipalityCode(), municipalities, field + ".municipalityCode", own);
            Gender gender = v.gender() == null ? Gender.TOTAL : v.gender();
            ValueRules.checkGender(indicator, gender, field + ".gender", own);
            ValueRules.checkValue(v.value(), field + ".value", own);
            if (!own.isEmpty()) {
                violations.addAll(own);
                continue;
            }
            Integer first = seen.putIfAbsent(ValueRules.key(v.year(), v.municipalityCode(), gender), i);
            if (first != null) {
                violations.add(field, text("followup.repeats-values-same-year-municipality", first));
            } else {
                rows.add(new ValuesCsv.Row(i, v.year(), v.municipalityCode(), gender, v.value()));
            }
        }
        violations.throwIfAny();
        return replaceValues(indicator, rows, i -> "Pushed " + rows.size() + " values of " + i.name + " as JSON");
    }

    /** Replaces every value of the indicator by the rows in one audited change (CSV import and JSON push alike). */
    private ImportResultDto replaceValues(
            Indicator indicator, List<ValuesCsv.Row> rows, java.util.function.Function<Indicator, String> summary) {
        long[] replaced = new long[1];
        changes.unguarded(
                INDICATOR.showing(i -> Map.of("values", Long.toString(values.countOf(i.id)))),
                ChangeRecorder.UPDATED,
                indicator,
                i -> replaced[0] = values.replaceAll(
                        i.id,
                        rows.stream()
                                .map(r -> new IndicatorValueRepository.NewValue(
                                        i.id, r.year(), r.municipalityCode(), r.gender(), r.value(), false))
                                .toList(),
                        history.caller().name()),
                summary);
        List<Integer> years =
                rows.stream().map(ValuesCsv.Row::year).distinct().sorted().toList();
        return new ImportResultDto(indicator.id, rows.size(), replaced[0], years, indicator.version);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Agreement readableAgreement(UUID agreementId) {
        return agreement(agreementId, policy::assertCanReadAgreement);
    }

    /** The agreement, once the policy's {@code check} let it through. */
    private Agreement agreement(UUID agreementId, Consumer<Agreement> check) {
        return Found.checked(agreements.findByIdOptional(agreementId), text("agreement.not-found", agreementId), check);
    }

    private Indicator readable(UUID id) {
        return Found.checked(indicators.findByIdOptional(id), text("indicator.not-found", id), policy::assertCanRead);
    }

    private Indicator manageable(UUID id) {
        return Found.checked(readable(id), policy::assertCanManage);
    }

    private void apply(Indicator indicator, IndicatorInput input) {
        FieldViolations violations = new FieldViolations();
        GoalArea goalArea = null;
        if (input.goalAreaId() != null) {
            goalArea = indicator.agreement.goalAreas.stream()
                    .filter(g -> g.id.equals(input.goalAreaId()))
                    .findFirst()
                    .orElse(null);
            if (goalArea == null) {
                violations.add("goalAreaId", text("followup.goal-area-agreement"));
            }
        }
        if (input.source() == IndicatorSource.KOLADA && blank(input.koladaKpi())) {
            violations.add("koladaKpi", text("followup.required-when-source-kolada"));
        }
        if (input.source() == IndicatorSource.MANUAL && !blank(input.koladaKpi())) {
            violations.add("koladaKpi", text("followup.empty-when-source-manual"));
        }
        if ((input.baselineYear() == null) != (input.baselineValue() == null)) {
            violations.add(
                    input.baselineYear() == null ? "baselineYear" : "baselineValue",
                    text("followup.give-both-baselineyear-baselinevalue-neither"));
        }
        Set<Integer> years = new HashSet<>();
        List<IndicatorInput.TargetInput> targets = input.targets() == null ? List.of() : input.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (!years.add(targets.get(i).year())) {
                violations.add("targets[" + i + "].year", text("followup.target-already"));
            }
        }
        violations.throwIfAny();
        indicator.goalArea = goalArea;
        indicator.name = input.name().trim();
        indicator.description =
                blank(input.description()) ? null : input.description().trim();
        indicator.unit = input.unit().trim();
        indicator.direction = input.direction();
        indicator.scope = input.scope();
        indicator.genderBreakdown = input.genderBreakdown();
        indicator.source = input.source();
        indicator.koladaKpi = blank(input.koladaKpi()) ? null : input.koladaKpi();
        indicator.baselineYear = input.baselineYear();
        indicator.baselineValue = input.baselineValue();
        indicator.sample = Boolean.TRUE.equals(input.sample());
        indicator.targets.clear();
        targets.stream()
                .sorted((a, b) -> Integer.compare(a.year(), b.year()))
                .forEach(t -> indicator.targets.add(new IndicatorTarget(t.year(), t.value())));
    }

    private IndicatorDto dto(Indicator i) {
        return dtos(List.of(i)).get(0);
    }

    /** The indicators with their value years and counts, and which are reported in assessments: a fixed count of statements. */
    private List<IndicatorDto> dtos(List<Indicator> list) {
        List<UUID> ids = list.stream().map(i -> i.id).toList();
        var counts = values.countsByYear(ids);
        var used = uses.of(ids);
        return list.stream()
                .map(i -> dto(i, counts.getOrDefault(i.id, new java.util.TreeMap<>()), used))
                .toList();
    }

    private IndicatorDto dto(Indicator i, java.util.SortedMap<Integer, Long> countsByYear, IndicatorUses.Uses used) {
        // Told only to those who may remove it: the rule that keeps it is theirs to be told.
        var permissions = policy.permissions(i);
        boolean told = permissions.delete();
        boolean reported = told && used.assessed().contains(i.id);
        boolean planned = told && used.planned().contains(i.id);
        if (told && used.any(i.id)) {
            permissions = new IndicatorPermissions(permissions.edit(), false, permissions.importValues());
        }
        return new IndicatorDto(
                i.id,
                i.agreement.id,
                GoalAreaRef.of(i.goalArea),
                i.name,
                i.description,
                i.unit,
                i.direction,
                i.scope,
                i.genderBreakdown,
                i.source,
                i.koladaKpi,
                i.baselineYear,
                ValueRules.normalised(i.baselineValue),
                i.sample,
                i.targets.stream()
                        .map(t -> new TargetDto(t.year, ValueRules.normalised(t.value)))
                        .toList(),
                List.copyOf(countsByYear.keySet()),
                countsByYear.values().stream().mapToLong(Long::longValue).sum(),
                i.version,
                i.createdAt,
                i.createdBy,
                i.updatedAt,
                i.updatedBy,
                reported,
                planned,
                permissions);
    }

    public static ValueDto value(IndicatorValue v, Map<String, Municipality> municipalities) {
        Municipality m = v.municipalityCode == null ? null : municipalities.get(v.municipalityCode);
        return new ValueDto(
                v.year,
                v.municipalityCode,
                m == null ? null : m.name,
                v.gender,
                ValueRules.normalised(v.value),
                v.sample);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
