package se.samverkan.demo;

import static se.samverkan.demo.DemoDataLoader.agreementId;
import static se.samverkan.demo.DemoDataLoader.organisationId;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementParty;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.GoalAreaKind;
import se.samverkan.agreement.LegalReference;
import se.samverkan.agreement.Level;
import se.samverkan.agreement.PartyRole;
import se.samverkan.agreement.Perspective;
import se.samverkan.agreement.PriorityStatus;
import se.samverkan.agreement.Responsibility;
import se.samverkan.agreement.ResponsibilityKind;
import se.samverkan.agreement.Signatory;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.agreement.YearlyPriority;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.reference.CountyRepository;
import se.samverkan.reference.MunicipalityRepository;

/** Västmanland's RÖK, Västra Götaland's cooperation plans and Västerbotten's RUS (demo/agreements.json). */
@ApplicationScoped
class DemoAgreements {

    private static final Logger LOG = Logger.getLogger(DemoAgreements.class);

    @Inject
    DemoJson json;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AgreementRepository agreements;

    @Inject
    DemoWrites writes;

    record DemoLegalReference(String sfs, String title) {}

    record DemoSignatory(String name, String title) {}

    record DemoParty(
            String organisationKey,
            PartyRole role,
            String signatoryName,
            String signatoryTitle,
            LocalDate signedOn,
            List<DemoSignatory> additionalSignatories,
            DemoProvenance provenance) {}

    record DemoResponsibility(
            String organisationKey,
            boolean allOtherSignatories,
            String collectiveParty,
            String qualifier,
            ResponsibilityKind kind,
            Level level,
            DemoProvenance provenance) {}

    /** A priority from a document is RECORDED; one a demo meeting decides is PROPOSED until DemoForums decides it. */
    record DemoPriority(
            int year,
            PriorityStatus status,
            String decidedBy,
            LocalDate decidedOn,
            List<String> points,
            DemoProvenance provenance) {}

    record DemoGoalArea(
            GoalAreaKind kind,
            String number,
            String title,
            String goal,
            List<String> strategies,
            Set<TargetGroup> targetGroups,
            List<DemoResponsibility> responsibilities,
            List<DemoPriority> priorities,
            DemoProvenance provenance) {}

    record DemoAgreement(
            String key,
            AgreementKind kind,
            String title,
            String countyCode,
            String municipalityCode,
            int firstYear,
            int lastYear,
            String purpose,
            String background,
            String reportNumber,
            AgreementStatus status,
            LocalDate adoptedOn,
            String parentKey,
            String supersedesKey,
            List<DemoLegalReference> legalBasis,
            Set<TargetGroup> targetGroups,
            Set<Perspective> perspectives,
            List<DemoParty> parties,
            List<DemoGoalArea> goalAreas,
            DemoProvenance provenance) {}

    void load() {
        List<DemoAgreement> demos = json.read("demo/agreements.json", new TypeReference<List<DemoAgreement>>() {});
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
        agreement.municipality =
                demo.municipalityCode() == null ? null : municipalities.findById(demo.municipalityCode());
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
        agreement.provenance = DemoProvenance.of(demo.provenance());
        writes.persist(agreement);
        int position = 0;
        for (DemoParty demoParty : demo.parties()) {
            AgreementParty party = new AgreementParty();
            party.id = UUID.randomUUID();
            party.agreement = agreement;
            party.organisation = organisations.findById(organisationId(demoParty.organisationKey()));
            party.role = demoParty.role();
            party.signedOn = demoParty.signedOn();
            party.position = ++position;
            party.provenance = DemoProvenance.of(demoParty.provenance());
            if (demoParty.signatoryName() != null) {
                party.signatories.add(new Signatory(demoParty.signatoryName(), demoParty.signatoryTitle()));
            }
            if (demoParty.additionalSignatories() != null) {
                demoParty
                        .additionalSignatories()
                        .forEach(s -> party.signatories.add(new Signatory(s.name(), s.title())));
            }
            writes.persist(party);
        }
        for (DemoGoalArea demoArea : demo.goalAreas()) {
            GoalArea goalArea = new GoalArea();
            goalArea.id = UUID.randomUUID();
            goalArea.agreement = agreement;
            goalArea.kind = demoArea.kind();
            goalArea.number = demoArea.number();
            goalArea.provenance = DemoProvenance.of(demoArea.provenance());
            goalArea.title = demoArea.title();
            goalArea.goal = demoArea.goal();
            goalArea.strategies.addAll(demoArea.strategies());
            goalArea.targetGroups.addAll(demoArea.targetGroups());
            writes.persist(goalArea);
            for (DemoResponsibility demoResponsibility : demoArea.responsibilities()) {
                Responsibility responsibility = new Responsibility();
                responsibility.id = UUID.randomUUID();
                responsibility.goalArea = goalArea;
                responsibility.organisation = demoResponsibility.organisationKey() == null
                        ? null
                        : organisations.findById(organisationId(demoResponsibility.organisationKey()));
                responsibility.allOtherSignatories = demoResponsibility.allOtherSignatories();
                responsibility.kind = demoResponsibility.kind();
                responsibility.level = demoResponsibility.level();
                responsibility.collectiveParty = demoResponsibility.collectiveParty();
                responsibility.qualifier = demoResponsibility.qualifier();
                responsibility.provenance = DemoProvenance.of(demoResponsibility.provenance());
                writes.persist(responsibility);
            }
            for (DemoPriority demoPriority : demoArea.priorities()) {
                YearlyPriority priority = new YearlyPriority();
                priority.id = UUID.randomUUID();
                priority.goalArea = goalArea;
                priority.year = demoPriority.year();
                priority.decidedBy = demoPriority.decidedBy();
                priority.decidedOn = demoPriority.decidedOn();
                priority.status = demoPriority.status() == null ? PriorityStatus.RECORDED : demoPriority.status();
                priority.points.addAll(demoPriority.points());
                priority.provenance = DemoProvenance.of(demoPriority.provenance());
                writes.persist(priority);
            }
        }
        writes.created(
                new ChangeRecorder.Subject("AGREEMENT", agreement.id, "AGREEMENT", agreement.id),
                "Registered from the published document"
                        + (demo.reportNumber() == null ? "" : " (" + demo.reportNumber() + ")"),
                Map.of("status", demo.status().name()));
    }
}
