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
 * Loads the demo parties and agreements of the three seed counties (demo/*.json) when
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
