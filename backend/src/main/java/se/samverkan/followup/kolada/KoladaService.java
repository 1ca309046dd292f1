package se.samverkan.followup.kolada;

import static se.samverkan.common.problem.Text.text;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.followup.FollowUpPolicy;
import se.samverkan.followup.Indicator;
import se.samverkan.followup.IndicatorRepository;
import se.samverkan.followup.IndicatorSource;
import se.samverkan.followup.IndicatorValueRepository;
import se.samverkan.followup.IndicatorValueRepository.NewValue;
import se.samverkan.followup.ValueRules;
import se.samverkan.followup.kolada.KoladaDtos.KoladaFetchDto;
import se.samverkan.followup.kolada.KoladaDtos.KoladaStatusDto;
import se.samverkan.history.ChangeRecorder;

/**
 * Indicators whose source is a Kolada KPI take their values from Kolada: on demand (a coordinator) and every night.
 * Kolada is asked between two short transactions, so no database connection waits for it; the values are stored only
 * when the indicator was not redefined meanwhile. Every fetch is recorded with its outcome, a failed one too.
 */
@ApplicationScoped
public class KoladaService {

    /** Who stored the values of a nightly fetch. */
    static final String SCHEDULE = "kolada-schedule";

    static final int SHOWN_FETCHES = 10;

    @Inject
    KoladaSettings settings;

    @Inject
    KoladaClient client;

    @Inject
    KoladaFetchRepository fetches;

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorValueRepository values;

    @Inject
    ValueRules rules;

    @Inject
    FollowUpPolicy policy;

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A fetch's record and the indicator's version after it. */
    public record Result(KoladaFetchDto fetch, long version) {}

    @ReadOnly
    @Transactional
    public KoladaStatusDto status(UUID indicatorId) {
        Indicator indicator = readable(indicatorId);
        boolean kolada = indicator.source == IndicatorSource.KOLADA;
        return new KoladaStatusDto(
                indicator.id,
                settings.enabled(),
                kolada ? indicator.koladaKpi : null,
                kolada && settings.enabled() && !"off".equals(settings.cron()),
                kolada && settings.enabled() && policy.canManage(indicator.agreement),
                fetches.latestOf(indicator.id, SHOWN_FETCHES).stream()
                        .map(KoladaFetchDto::of)
                        .toList(),
                indicator.version);
    }

    /** A coordinator's "fetch now": the indicator's version must be the one in If-Match. */
    public Result fetchNow(UUID indicatorId, String ifMatch) {
        KoladaMapping.Plan plan = QuarkusTransaction.requiringNew().call(() -> {
            Indicator indicator = readable(indicatorId);
            policy.assertCanManage(indicator);
            if (!settings.enabled()) {
                throw ProblemException.ruleViolation("kolada-disabled", text("kolada.disabled"));
            }
            if (indicator.source != IndicatorSource.KOLADA) {
                throw ProblemException.ruleViolation("indicator-not-kolada", text("kolada.not-kolada-source"));
            }
            EntityTags.requireMatch(ifMatch, indicator.version);
            return plan(indicator);
        });
        return run(plan, KoladaFetch.Trigger.MANUAL, history.caller());
    }

    /** The nightly fetch of every Kolada indicator; returns how many fetches succeeded. */
    public int fetchAll() {
        if (!settings.enabled()) {
            return 0;
        }
        List<KoladaMapping.Plan> plans = QuarkusTransaction.requiringNew()
                .call(() -> indicators.find("source = ?1 order by id", IndicatorSource.KOLADA).list().stream()
                        .map(this::plan)
                        .toList());
        int succeeded = 0;
        for (KoladaMapping.Plan plan : plans) {
            Result result = run(plan, KoladaFetch.Trigger.SCHEDULED, ChangeRecorder.Actor.system(SCHEDULE));
            if (result.fetch().outcome() == KoladaFetch.Outcome.SUCCEEDED) {
                succeeded++;
            }
        }
        return succeeded;
    }

    private Result run(KoladaMapping.Plan plan, KoladaFetch.Trigger trigger, ChangeRecorder.Actor actor) {
        Instant started = Clocks.now(clock);
        KoladaClient.Answer answer;
        try {
            answer = client.fetch(plan.kpi(), plan.koladaIds());
        } catch (KoladaClient.Failure failure) {
            return QuarkusTransaction.requiringNew()
                    .call(() -> failed(
                            plan,
                            trigger,
                            actor,
                            started,
                            failure.error,
                            failure.httpStatus,
                            failure.pages,
                            failure.rows));
        }
        return QuarkusTransaction.requiringNew().call(() -> store(plan, answer, trigger, actor, started));
    }

    private Result store(
            KoladaMapping.Plan plan,
            KoladaClient.Answer answer,
            KoladaFetch.Trigger trigger,
            ChangeRecorder.Actor actor,
            Instant started) {
        Indicator indicator = em.find(Indicator.class, plan.indicatorId(), LockModeType.PESSIMISTIC_WRITE);
        if (indicator == null) {
            throw ProblemException.notFound(text("indicator.not-found", plan.indicatorId()));
        }
        if (indicator.version != plan.version()) {
            return failed(
                    plan,
                    trigger,
                    actor,
                    started,
                    KoladaFetch.ErrorKind.INDICATOR_CHANGED,
                    null,
                    answer.pages(),
                    answer.rows().size());
        }
        List<NewValue> rows;
        try {
            rows = KoladaMapping.values(plan, answer.rows());
        } catch (KoladaMapping.UnknownGender e) {
            return failed(
                    plan,
                    trigger,
                    actor,
                    started,
                    KoladaFetch.ErrorKind.INVALID_RESPONSE,
                    null,
                    answer.pages(),
                    answer.rows().size());
        }
        long before = values.replaceAll(indicator.id, rows, actor.name());
        indicator.stampUpdated(actor.name(), Clocks.now(clock));
        em.flush();
        history.recordAs(
                actor,
                new ChangeRecorder.Subject("AGREEMENT", indicator.agreement.id, "INDICATOR", indicator.id),
                ChangeRecorder.UPDATED,
                "Fetched " + rows.size() + " values of " + indicator.name + " from Kolada (" + plan.kpi() + ")",
                Map.of("values", Long.toString(before)),
                Map.of("values", Integer.toString(rows.size())));
        KoladaFetch fetch = fetch(plan, trigger, actor, started, KoladaFetch.Outcome.SUCCEEDED);
        fetch.pages = answer.pages();
        fetch.rowsReceived = answer.rows().size();
        fetch.valuesStored = rows.size();
        fetches.persist(fetch);
        return new Result(KoladaFetchDto.of(fetch), indicator.version);
    }

    private Result failed(
            KoladaMapping.Plan plan,
            KoladaFetch.Trigger trigger,
            ChangeRecorder.Actor actor,
            Instant started,
            KoladaFetch.ErrorKind error,
            Integer httpStatus,
            int pages,
            int rows) {
        Indicator indicator = em.find(Indicator.class, plan.indicatorId());
        if (indicator == null) {
            throw ProblemException.notFound(text("indicator.not-found", plan.indicatorId()));
        }
        KoladaFetch fetch = fetch(plan, trigger, actor, started, KoladaFetch.Outcome.FAILED);
        fetch.error = error;
        fetch.httpStatus = httpStatus;
        fetch.pages = pages;
        fetch.rowsReceived = rows;
        fetches.persist(fetch);
        return new Result(KoladaFetchDto.of(fetch), indicator.version);
    }

    /** A fetch's record, persisted by the caller once complete (the insert carries every column's final value). */
    private KoladaFetch fetch(
            KoladaMapping.Plan plan,
            KoladaFetch.Trigger trigger,
            ChangeRecorder.Actor actor,
            Instant started,
            KoladaFetch.Outcome outcome) {
        KoladaFetch fetch = new KoladaFetch();
        fetch.id = UUID.randomUUID();
        fetch.indicatorId = plan.indicatorId();
        fetch.kpi = plan.kpi();
        fetch.trigger = trigger;
        fetch.requestedBy = actor.name();
        fetch.startedAt = started;
        fetch.finishedAt = Clocks.now(clock);
        fetch.outcome = outcome;
        return fetch;
    }

    private KoladaMapping.Plan plan(Indicator indicator) {
        String county = indicator.agreement.countyCode();
        List<String> municipalities = rules.municipalitiesByCode().values().stream()
                .filter(m -> m.countyCode.equals(county))
                .map(m -> m.code)
                .sorted()
                .toList();
        return new KoladaMapping.Plan(
                indicator.id,
                indicator.koladaKpi,
                indicator.version,
                indicator.scope,
                indicator.genderBreakdown,
                county,
                municipalities);
    }

    private Indicator readable(UUID id) {
        return Found.checked(indicators.findByIdOptional(id), text("indicator.not-found", id), policy::assertCanRead);
    }
}
