package se.samverkan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.persistence.EntityManager;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementParty;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.LegalReference;
import se.samverkan.agreement.Level;
import se.samverkan.agreement.PartyRole;
import se.samverkan.agreement.Perspective;
import se.samverkan.agreement.Responsibility;
import se.samverkan.agreement.ResponsibilityKind;
import se.samverkan.agreement.Signatory;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.agreement.YearlyPriority;
import se.samverkan.followup.Activity;
import se.samverkan.followup.Assessment;
import se.samverkan.followup.AssessmentState;
import se.samverkan.followup.FollowUpRound;
import se.samverkan.followup.GoalStatus;
import se.samverkan.followup.RoundStatus;
import se.samverkan.followup.indicator.Gender;
import se.samverkan.followup.indicator.Indicator;
import se.samverkan.followup.indicator.IndicatorDirection;
import se.samverkan.followup.indicator.IndicatorScope;
import se.samverkan.followup.indicator.IndicatorSource;
import se.samverkan.followup.indicator.IndicatorValue;
import se.samverkan.history.ChangeRecorder;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.organisation.OrganisationType;
import se.samverkan.reference.CountyRepository;
import se.samverkan.reference.MunicipalityRepository;
import se.samverkan.reference.ReferenceDataLoader;

/**
 * Loads the demo parties, agreements and follow-up of the three seed counties (demo/*.json) when
 * {@code samverkan.demo-data.enabled} is set: by {@code make run} and the tests, never by a migration.
 * Rows that exist are left alone, so edits made in a demo survive a restart.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String ACTOR = "demo-data";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @ConfigProperty(name = "samverkan.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    ObjectMapper json;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AgreementRepository agreements;

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    record DemoOrganisation(String key, String name, OrganisationType type, String organisationNumber,
                            String countyCode, String municipalityCode, String parentKey, String website, String mandate) {
    }

    /** The stable id of a demo organisation, so other demo data and tests can refer to it by key. */
    public static UUID organisationId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:organisation:" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    void load(@Observes @Priority(ReferenceDataLoader.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (!enabled) {
            return;
        }
        int added = 0;
        for (DemoOrganisation demo : read("demo/organisations.json", new TypeReference<List<DemoOrganisation>>() { })) {
            UUID id = organisationId(demo.key());
            if (organisations.findById(id) != null) {
                continue;
            }
            Organisation organisation = new Organisation();
            organisation.id = id;
            organisation.name = demo.name();
            organisation.type = demo.type();
            organisation.organisationNumber = demo.organisationNumber();
            organisation.county = demo.countyCode() == null ? null : counties.findById(demo.countyCode());
            organisation.municipality = demo.municipalityCode() == null ? null : municipalities.findById(demo.municipalityCode());
            organisation.parent = demo.parentKey() == null ? null : organisations.findById(organisationId(demo.parentKey()));
            organisation.website = demo.website();
            organisation.mandate = demo.mandate();
            organisation.stampCreated(ACTOR);
            organisations.persist(organisation);
            added++;
        }
        organisations.flush();
        LOG.infof("Demo data: %d organisations added", added);
        loadAgreements();
        loadFollowUp();
    }

    record DemoLegalReference(String sfs, String title) {
    }

    record DemoSignatory(String name, String title) {
    }

    record DemoParty(String organisationKey, PartyRole role, String signatoryName, String signatoryTitle, LocalDate signedOn,
                     List<DemoSignatory> additionalSignatories) {
    }

    record DemoResponsibility(String organisationKey, boolean allOtherSignatories, ResponsibilityKind kind, Level level) {
    }

    record DemoPriority(int year, String decidedBy, LocalDate decidedOn, List<String> points) {
    }

    record DemoGoalArea(String number, String title, String goal, List<String> strategies, Set<TargetGroup> targetGroups,
                        List<DemoResponsibility> responsibilities, List<DemoPriority> priorities) {
    }

    record DemoAgreement(String key, AgreementKind kind, String title, String countyCode, String municipalityCode,
                         int firstYear, int lastYear, String purpose, String background, String reportNumber,
                         AgreementStatus status, LocalDate adoptedOn, String parentKey, String supersedesKey,
                         List<DemoLegalReference> legalBasis, Set<TargetGroup> targetGroups, Set<Perspective> perspectives,
                         List<DemoParty> parties, List<DemoGoalArea> goalAreas) {
    }

    public static UUID agreementId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:agreement:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private void loadAgreements() {
        List<DemoAgreement> demos = read("demo/agreements.json", new TypeReference<List<DemoAgreement>>() { });
        int added = 0;
        for (DemoAgreement demo : demos) {
            if (agreements.findById(agreementId(demo.key())) == null) {
                insert(demo);
                added++;
            }
        }
        agreements.flush();
        for (DemoAgreement demo : demos) {
            Agreement agreement = agreements.findById(agreementId(demo.key()));
            if (agreement.parent == null && demo.parentKey() != null) {
                agreement.parent = agreements.findById(agreementId(demo.parentKey()));
            }
            if (agreement.supersedes == null && demo.supersedesKey() != null) {
                agreement.supersedes = agreements.findById(agreementId(demo.supersedesKey()));
            }
            agreements.refreshSearchDocument(agreement.id);
        }
        LOG.infof("Demo data: %d agreements added", added);
    }

    private void insert(DemoAgreement demo) {
        Agreement agreement = new Agreement();
        agreement.id = agreementId(demo.key());
        agreement.kind = demo.kind();
        agreement.title = demo.title();
        agreement.county = counties.findById(demo.countyCode());
        agreement.municipality = demo.municipalityCode() == null ? null : municipalities.findById(demo.municipalityCode());
        agreement.firstYear = demo.firstYear();
        agreement.lastYear = demo.lastYear();
        agreement.purpose = demo.purpose();
        agreement.background = demo.background();
        agreement.reportNumber = demo.reportNumber();
        agreement.status = demo.status();
        agreement.adoptedOn = demo.adoptedOn();
        demo.legalBasis().forEach(l -> agreement.legalBasis.add(new LegalReference(l.sfs(), l.title())));
        agreement.targetGroups.addAll(demo.targetGroups());
        agreement.perspectives.addAll(demo.perspectives());
        agreement.stampCreated(ACTOR);
        em.persist(agreement);
        int position = 0;
        for (DemoParty demoParty : demo.parties()) {
            AgreementParty party = new AgreementParty();
            party.id = UUID.randomUUID();
            party.agreement = agreement;
            party.organisation = organisations.findById(organisationId(demoParty.organisationKey()));
            party.role = demoParty.role();
            party.signedOn = demoParty.signedOn();
            party.position = ++position;
            if (demoParty.signatoryName() != null) {
                party.signatories.add(new Signatory(demoParty.signatoryName(), demoParty.signatoryTitle()));
            }
            if (demoParty.additionalSignatories() != null) {
                demoParty.additionalSignatories().forEach(s -> party.signatories.add(new Signatory(s.name(), s.title())));
            }
            party.stampCreated(ACTOR);
            em.persist(party);
        }
        for (DemoGoalArea demoArea : demo.goalAreas()) {
            GoalArea goalArea = new GoalArea();
            goalArea.id = UUID.randomUUID();
            goalArea.agreement = agreement;
            goalArea.number = demoArea.number();
            goalArea.title = demoArea.title();
            goalArea.goal = demoArea.goal();
            goalArea.strategies.addAll(demoArea.strategies());
            goalArea.targetGroups.addAll(demoArea.targetGroups());
            goalArea.stampCreated(ACTOR);
            em.persist(goalArea);
            for (DemoResponsibility demoResponsibility : demoArea.responsibilities()) {
                Responsibility responsibility = new Responsibility();
                responsibility.id = UUID.randomUUID();
                responsibility.goalArea = goalArea;
                responsibility.organisation = demoResponsibility.organisationKey() == null ? null
                        : organisations.findById(organisationId(demoResponsibility.organisationKey()));
                responsibility.allOtherSignatories = demoResponsibility.allOtherSignatories();
                responsibility.kind = demoResponsibility.kind();
                responsibility.level = demoResponsibility.level();
                responsibility.stampCreated(ACTOR);
                em.persist(responsibility);
            }
            for (DemoPriority demoPriority : demoArea.priorities()) {
                YearlyPriority priority = new YearlyPriority();
                priority.id = UUID.randomUUID();
                priority.goalArea = goalArea;
                priority.year = demoPriority.year();
                priority.decidedBy = demoPriority.decidedBy();
                priority.decidedOn = demoPriority.decidedOn();
                priority.points.addAll(demoPriority.points());
                priority.stampCreated(ACTOR);
                em.persist(priority);
            }
        }
        history.recordAs(ChangeRecorder.Actor.system(ACTOR),
                new ChangeRecorder.Subject("AGREEMENT", agreement.id, "AGREEMENT", agreement.id), ChangeRecorder.CREATED,
                "Registered from the published document" + (demo.reportNumber() == null ? "" : " (" + demo.reportNumber() + ")"),
                Map.of(), Map.of("status", demo.status().name()));
    }

    // ---- follow-up: VG's Bilaga 1 as an approved round, Västmanland's RUP indicators with sample values ----------

    record DemoActivity(String title, String description, List<String> organisationKeys, String result, String fundingSource) {
    }

    record DemoAssessment(String goalArea, String organisationKey, GoalStatus status, String situation, List<DemoActivity> activities) {
    }

    record DemoRound(String key, String agreementKey, int year, LocalDate deadline, RoundStatus status, String summary,
                     String approvedBy, LocalDate approvedOn, List<DemoAssessment> assessments) {
    }

    record DemoValue(int year, String municipalityCode, Gender gender, BigDecimal value) {
    }

    record DemoIndicator(String key, String agreementKey, String goalArea, String name, String description, String unit,
                         IndicatorDirection direction, IndicatorScope scope, boolean genderBreakdown, IndicatorSource source,
                         String koladaKpi, Integer baselineYear, BigDecimal baselineValue, boolean sample, List<DemoValue> values) {
    }

    record DemoFollowUp(List<DemoRound> rounds, List<DemoIndicator> indicators) {
    }

    public static UUID followUpRoundId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:follow-up-round:" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID indicatorId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:indicator:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private void loadFollowUp() {
        DemoFollowUp demo = read("demo/follow-up.json", new TypeReference<DemoFollowUp>() { });
        int rounds = 0;
        for (DemoRound round : demo.rounds()) {
            if (em.find(FollowUpRound.class, followUpRoundId(round.key())) == null) {
                insert(round);
                rounds++;
            }
        }
        int indicators = 0;
        for (DemoIndicator indicator : demo.indicators()) {
            if (em.find(Indicator.class, indicatorId(indicator.key())) == null) {
                insert(indicator);
                indicators++;
            }
        }
        em.flush();
        LOG.infof("Demo data: %d follow-up rounds and %d indicators added", rounds, indicators);
    }

    /** A round recorded from a published document: its assessments are written and accepted as printed. */
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
        round.stampCreated(ACTOR);
        if (demo.status() != RoundStatus.OPEN) {
            round.compiledAt = round.createdAt;
            round.compiledBy = ACTOR;
        }
        em.persist(round);
        for (DemoAssessment demoAssessment : demo.assessments()) {
            Assessment assessment = new Assessment();
            assessment.id = UUID.randomUUID();
            assessment.round = round;
            assessment.goalArea = goalArea(agreement, demoAssessment.goalArea());
            assessment.organisation = organisations.findById(organisationId(demoAssessment.organisationKey()));
            assessment.state = AssessmentState.ACCEPTED;
            assessment.status = demoAssessment.status();
            assessment.situation = demoAssessment.situation();
            assessment.stampCreated(ACTOR);
            assessment.submittedAt = assessment.createdAt;
            assessment.submittedBy = ACTOR;
            assessment.reviewedAt = assessment.createdAt;
            assessment.reviewedBy = ACTOR;
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
                demoActivity.organisationKeys().forEach(key -> activity.organisations.add(organisations.findById(organisationId(key))));
                assessment.activities.add(activity);
            }
            em.persist(assessment);
        }
        history.recordAs(ChangeRecorder.Actor.system(ACTOR),
                new ChangeRecorder.Subject("FOLLOW_UP_ROUND", round.id, "ROUND", round.id), ChangeRecorder.CREATED,
                "Registered from the published document", Map.of(), Map.of("status", demo.status().name()));
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
        indicator.stampCreated(ACTOR);
        em.persist(indicator);
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
        history.recordAs(ChangeRecorder.Actor.system(ACTOR),
                new ChangeRecorder.Subject("AGREEMENT", agreement.id, "INDICATOR", indicator.id), ChangeRecorder.CREATED,
                "Indicator from the published document" + (demo.sample() ? ", with sample values" : ""), Map.of(),
                Map.of("name", demo.name()));
    }

    /** By query: goal areas inserted in this transaction are not in the agreement's collection. */
    private GoalArea goalArea(Agreement agreement, String number) {
        return em.createQuery("select g from GoalArea g where g.agreement.id = :agreement and g.number = :number", GoalArea.class)
                .setParameter("agreement", agreement.id).setParameter("number", number).getSingleResult();
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
