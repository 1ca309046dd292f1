package se.samverkan.demo;

import static se.samverkan.demo.DemoDataLoader.ACTOR;
import static se.samverkan.demo.DemoDataLoader.agreementId;
import static se.samverkan.demo.DemoDataLoader.followUpRoundId;
import static se.samverkan.demo.DemoDataLoader.indicatorId;
import static se.samverkan.demo.DemoDataLoader.organisationId;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.GoalArea;
import se.samverkan.followup.Activity;
import se.samverkan.followup.Assessment;
import se.samverkan.followup.AssessmentState;
import se.samverkan.followup.FollowUpRound;
import se.samverkan.followup.Gender;
import se.samverkan.followup.GoalStatus;
import se.samverkan.followup.Indicator;
import se.samverkan.followup.IndicatorDirection;
import se.samverkan.followup.IndicatorScope;
import se.samverkan.followup.IndicatorSource;
import se.samverkan.followup.IndicatorValue;
import se.samverkan.followup.RoundStatus;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.OrganisationRepository;

/**
 * Västra Götaland's appendix 1 as two rounds (the activities of 2020, the situation before 2021) and Västmanland's RUP
 * indicators with sample values (demo/follow-up.json). An indicator's provenance is for the fidelity test: the
 * indicator and its values carry their own sample flag.
 */
@ApplicationScoped
class DemoFollowUp {

    private static final Logger LOG = Logger.getLogger(DemoFollowUp.class);

    @Inject
    DemoJson json;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AgreementRepository agreements;

    @Inject
    DemoWrites writes;

    @Inject
    EntityManager em;

    record DemoActivity(
            String title, String description, List<String> organisationKeys, String result, String fundingSource) {}

    record DemoAssessment(
            String goalArea,
            String organisationKey,
            GoalStatus status,
            String situation,
            List<DemoActivity> activities,
            DemoProvenance provenance) {}

    record DemoRound(
            String key,
            String agreementKey,
            int year,
            LocalDate deadline,
            RoundStatus status,
            String summary,
            String approvedBy,
            LocalDate approvedOn,
            List<DemoAssessment> assessments,
            DemoProvenance provenance) {}

    record DemoValue(int year, String municipalityCode, Gender gender, BigDecimal value) {}

    record DemoIndicator(
            String key,
            String agreementKey,
            String goalArea,
            String name,
            String description,
            String unit,
            IndicatorDirection direction,
            IndicatorScope scope,
            boolean genderBreakdown,
            IndicatorSource source,
            String koladaKpi,
            Integer baselineYear,
            BigDecimal baselineValue,
            boolean sample,
            List<DemoValue> values,
            DemoProvenance provenance) {}

    record FollowUpFile(List<DemoRound> rounds, List<DemoIndicator> indicators) {}

    void load() {
        FollowUpFile demo = json.read("demo/follow-up.json", new TypeReference<FollowUpFile>() {});
        int rounds = writes.missing(FollowUpRound.class, demo.rounds(), r -> followUpRoundId(r.key()), this::insert);
        int indicators = writes.missing(Indicator.class, demo.indicators(), i -> indicatorId(i.key()), this::insert);
        em.flush();
        LOG.infof("Demo data: %d follow-up rounds and %d indicators added", rounds, indicators);
    }

    /**
     * A round recorded from a published document: RECORDED, with its assessments as printed, and no author, submission,
     * review, compilation or approval that the document does not state.
     */
    private void insert(DemoRound demo) {
        Agreement agreement = agreements.findById(agreementId(demo.agreementKey()));
        FollowUpRound round = new FollowUpRound();
        round.id = followUpRoundId(demo.key());
        round.agreement = agreement;
        round.year = demo.year();
        round.deadline = demo.deadline();
        round.status = demo.status();
        round.summary = demo.summary();
        round.approvedBy = demo.approvedBy();
        round.approvedOn = demo.approvedOn();
        round.provenance = DemoProvenance.of(demo.provenance());
        round.stampCreated(ACTOR, writes.now());
        if (demo.status() == RoundStatus.COMPILED || demo.status() == RoundStatus.APPROVED) {
            round.compiledAt = round.createdAt;
            round.compiledBy = ACTOR;
        }
        em.persist(round);
        for (DemoAssessment demoAssessment : demo.assessments()) {
            Assessment assessment = new Assessment();
            assessment.id = UUID.randomUUID();
            assessment.round = round;
            assessment.goalArea = goalArea(agreement, demoAssessment.goalArea());
            assessment.organisation = demoAssessment.organisationKey() == null
                    ? null
                    : organisations.findById(organisationId(demoAssessment.organisationKey()));
            boolean recorded = demo.status() == RoundStatus.RECORDED;
            assessment.state = recorded ? AssessmentState.RECORDED : AssessmentState.ACCEPTED;
            assessment.status = demoAssessment.status();
            assessment.situation = demoAssessment.situation();
            assessment.provenance = DemoProvenance.of(demoAssessment.provenance());
            assessment.stampCreated(ACTOR, writes.now());
            if (!recorded) {
                assessment.submittedAt = assessment.createdAt;
                assessment.submittedBy = ACTOR;
                assessment.reviewedAt = assessment.createdAt;
                assessment.reviewedBy = ACTOR;
            }
            int position = 0;
            for (DemoActivity demoActivity : demoAssessment.activities()) {
                Activity activity = new Activity();
                activity.id = UUID.randomUUID();
                activity.assessment = assessment;
                activity.position = position++;
                activity.title = demoActivity.title();
                activity.description = demoActivity.description();
                activity.result = demoActivity.result();
                activity.fundingSource = demoActivity.fundingSource();
                demoActivity
                        .organisationKeys()
                        .forEach(key -> activity.organisations.add(organisations.findById(organisationId(key))));
                assessment.activities.add(activity);
            }
            em.persist(assessment);
        }
        writes.created(
                new ChangeRecorder.Subject("FOLLOW_UP_ROUND", round.id, "ROUND", round.id),
                "Registered from the published document",
                Map.of("status", demo.status().name()));
    }

    private void insert(DemoIndicator demo) {
        Agreement agreement = agreements.findById(agreementId(demo.agreementKey()));
        Indicator indicator = new Indicator();
        indicator.id = indicatorId(demo.key());
        indicator.agreement = agreement;
        indicator.goalArea = demo.goalArea() == null ? null : goalArea(agreement, demo.goalArea());
        indicator.name = demo.name();
        indicator.description = demo.description();
        indicator.unit = demo.unit();
        indicator.direction = demo.direction();
        indicator.scope = demo.scope();
        indicator.genderBreakdown = demo.genderBreakdown();
        indicator.source = demo.source();
        indicator.koladaKpi = demo.koladaKpi();
        indicator.baselineYear = demo.baselineYear();
        indicator.baselineValue = demo.baselineValue();
        indicator.sample = demo.sample();
        writes.persist(indicator);
        for (DemoValue demoValue : demo.values()) {
            IndicatorValue value = new IndicatorValue();
            value.id = UUID.randomUUID();
            value.indicator = indicator;
            value.year = demoValue.year();
            value.municipalityCode = demoValue.municipalityCode();
            value.gender = demoValue.gender();
            value.value = demoValue.value();
            value.sample = demo.sample();
            value.recordedAt = indicator.createdAt;
            value.recordedBy = ACTOR;
            em.persist(value);
        }
        writes.created(
                new ChangeRecorder.Subject("AGREEMENT", agreement.id, "INDICATOR", indicator.id),
                "Indicator from the published document" + (demo.sample() ? ", with sample values" : ""),
                Map.of("name", demo.name()));
    }

    /** By query: goal areas inserted in this transaction are not in the agreement's collection. */
    private GoalArea goalArea(Agreement agreement, String number) {
        return em.createQuery(
                        "select g from GoalArea g where g.agreement.id = :agreement and g.number = :number",
                        GoalArea.class)
                .setParameter("agreement", agreement.id)
                .setParameter("number", number)
                .getSingleResult();
    }
}
