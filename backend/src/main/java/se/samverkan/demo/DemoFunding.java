package se.samverkan.demo;

import static se.samverkan.demo.DemoDataLoader.agreementId;
import static se.samverkan.demo.DemoDataLoader.organisationId;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.Responsibility;
import se.samverkan.funding.BudgetLine;
import se.samverkan.funding.CallStatus;
import se.samverkan.funding.FundingCall;
import se.samverkan.funding.FundingPriority;
import se.samverkan.funding.FundingProgramme;
import se.samverkan.funding.FundingProject;
import se.samverkan.funding.FundingService;
import se.samverkan.funding.ProgrammeKind;
import se.samverkan.funding.ProjectService;
import se.samverkan.funding.ProjectStatus;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.reference.CountyRepository;

/**
 * The money the seeds name (demo/funding.json): §37, §37a, TIA, ESF and AMIF; VG's §37a priority on parent support
 * (2020) and its §37 priority for the next year; the projects Bosättning Västmanland (§37, 2016), En väg in för
 * utlandsutbildad vårdpersonal, Helhetslyftet and the ESF-rådet mapping of 2020. Amounts only where a seed states
 * one (none does), so every amount is empty.
 */
@ApplicationScoped
class DemoFunding {

    private static final Logger LOG = Logger.getLogger(DemoFunding.class);

    @Inject
    DemoJson json;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    DemoWrites writes;

    @Inject
    EntityManager em;

    record DemoProgramme(
            String key,
            ProgrammeKind kind,
            String name,
            String description,
            String managingAuthority,
            DemoProvenance provenance) {
        UUID id() {
            return DemoFunding.id("funding-programme", key);
        }
    }

    record GoalAreaKey(String agreementKey, String number) {}

    record DemoPriority(String text, String agreementKey, List<String> goalAreaNumbers) {}

    record DemoCall(
            String key,
            String programmeKey,
            String countyCode,
            int year,
            String title,
            CallStatus status,
            List<DemoPriority> priorities,
            DemoProvenance provenance) {
        UUID id() {
            return DemoFunding.id("funding-call", key);
        }
    }

    record DemoBudgetLine(String programmeKey, String source, int year, BigDecimal amount) {}

    record DemoQualified(String agreementKey, String number, String organisationKey) {}

    record DemoProject(
            String key,
            String name,
            String description,
            String countyCode,
            String ownerKey,
            List<String> partnerKeys,
            ProjectStatus status,
            List<DemoBudgetLine> budget,
            List<GoalAreaKey> goalAreas,
            List<DemoQualified> qualifies,
            DemoProvenance provenance) {
        UUID id() {
            return DemoFunding.id("funding-project", key);
        }
    }

    record FundingFile(List<DemoProgramme> programmes, List<DemoCall> calls, List<DemoProject> projects) {}

    static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    void load() {
        FundingFile demo = json.read("demo/funding.json", new TypeReference<FundingFile>() {});
        int added = writes.missing(FundingProgramme.class, demo.programmes(), DemoProgramme::id, this::insert);
        em.flush();
        added += writes.missing(FundingCall.class, demo.calls(), DemoCall::id, this::insert);
        em.flush();
        added += writes.missing(FundingProject.class, demo.projects(), DemoProject::id, this::insert);
        em.flush();
        LOG.infof("Demo data: %d funding programmes, calls and projects added", added);
    }

    private void insert(DemoProgramme p) {
        FundingProgramme programme = new FundingProgramme();
        programme.id = p.id();
        programme.kind = p.kind();
        programme.name = p.name();
        programme.description = p.description();
        programme.managingAuthority = p.managingAuthority();
        programme.provenance = DemoProvenance.of(p.provenance());
        writes.persist(programme);
        record(FundingService.PROGRAMME, programme.id, programme.name);
    }

    private void insert(DemoCall c) {
        FundingCall call = new FundingCall();
        call.id = c.id();
        call.programme = em.find(FundingProgramme.class, id("funding-programme", c.programmeKey()));
        call.county = counties.findById(c.countyCode());
        call.year = c.year();
        call.title = c.title();
        call.status = c.status();
        call.provenance = DemoProvenance.of(c.provenance());
        int position = 0;
        for (DemoPriority p : c.priorities()) {
            FundingPriority priority = new FundingPriority();
            priority.id = UUID.nameUUIDFromBytes((call.id + ":" + position).getBytes(StandardCharsets.UTF_8));
            priority.call = call;
            priority.position = position++;
            priority.text = p.text();
            p.goalAreaNumbers().forEach(n -> priority.goalAreas.add(goalArea(p.agreementKey(), n)));
            call.priorities.add(priority);
        }
        writes.persist(call);
        record(FundingService.CALL, call.id, call.title);
    }

    private void insert(DemoProject p) {
        FundingProject project = new FundingProject();
        project.id = p.id();
        project.name = p.name();
        project.description = p.description();
        project.county = counties.findById(p.countyCode());
        project.owner = p.ownerKey() == null ? null : organisations.findById(organisationId(p.ownerKey()));
        p.partnerKeys().forEach(k -> project.partners.add(organisations.findById(organisationId(k))));
        project.status = p.status();
        p.budget()
                .forEach(b -> project.budget.add(new BudgetLine(
                        b.programmeKey() == null
                                ? null
                                : em.find(FundingProgramme.class, id("funding-programme", b.programmeKey())),
                        b.source(),
                        b.year(),
                        b.amount())));
        p.goalAreas().forEach(g -> project.goalAreas.add(goalArea(g.agreementKey(), g.number())));
        project.provenance = DemoProvenance.of(p.provenance());
        writes.persist(project);
        record(ProjectService.SUBJECT, project.id, project.name);
        // "VKL genom projekt Bosättning Västmanland (§37) 2016": the responsibility points at the project, its text
        // stays.
        for (DemoQualified q : p.qualifies()) {
            // A query, not the goal area's collection: in the same transaction that collection may not hold the rows
            // the agreement loader just persisted.
            em.createQuery(
                            "select r from Responsibility r where r.goalArea = :area and r.organisation.id = :organisation",
                            Responsibility.class)
                    .setParameter("area", goalArea(q.agreementKey(), q.number()))
                    .setParameter("organisation", organisationId(q.organisationKey()))
                    .getResultList()
                    .forEach(r -> r.projectId = project.id);
        }
    }

    private GoalArea goalArea(String agreementKey, String number) {
        return em.createQuery(
                        "select g from GoalArea g where g.agreement.id = :agreement and g.number = :number",
                        GoalArea.class)
                .setParameter("agreement", agreementId(agreementKey))
                .setParameter("number", number)
                .getSingleResult();
    }

    private void record(String subject, UUID id, String name) {
        writes.created(
                new ChangeRecorder.Subject(subject, id, subject, id),
                "Registered from the published document",
                Map.of("name", name));
    }
}
