package se.samverkan.funding;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.Responsibility;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.common.time.Clocks;
import se.samverkan.funding.FundingDtos.AccountDto;
import se.samverkan.funding.FundingDtos.AccountPermissions;
import se.samverkan.funding.FundingDtos.GoalAreaRef;
import se.samverkan.funding.FundingDtos.ProjectDto;
import se.samverkan.funding.FundingDtos.ProjectPage;
import se.samverkan.funding.FundingDtos.ProjectPermissions;
import se.samverkan.funding.FundingDtos.ProjectSummary;
import se.samverkan.funding.FundingDtos.QualifiedResponsibility;
import se.samverkan.funding.FundingInputs.AccountInput;
import se.samverkan.funding.FundingInputs.AccountStatusInput;
import se.samverkan.funding.FundingInputs.BudgetLineInput;
import se.samverkan.funding.FundingInputs.FilingInput;
import se.samverkan.funding.FundingInputs.ProjectInput;
import se.samverkan.funding.FundingInputs.QualifyInput;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.reference.County;
import se.samverkan.reference.CountyRepository;

/** Projects (public) and their accounting (redovisning). */
@ApplicationScoped
public class ProjectService {

    public static final String SUBJECT = "FUNDING_PROJECT";
    public static final String ACCOUNT = "FUNDING_ACCOUNT";

    private static final Audit<FundingProject> AUDIT =
            new Audit<>(p -> new ChangeRecorder.Subject(SUBJECT, p.id, SUBJECT, p.id), FundingMapper::projectSnapshot);
    /** An account's changes are part of its project's history. */
    private static final Audit<FundingAccount> ACCOUNT_AUDIT = new Audit<>(
            a -> new ChangeRecorder.Subject(SUBJECT, a.project.id, ACCOUNT, a.id), FundingMapper::accountSnapshot);

    /** A responsibility's link, in its agreement's history; the project shows through a reference. */
    private static final Audit<Responsibility> RESPONSIBILITY = new Audit<>(
            r -> new ChangeRecorder.Subject(AgreementService.SUBJECT, r.goalArea.agreement.id, "RESPONSIBILITY", r.id),
            r -> Map.of("project", r.projectId == null ? "" : r.projectId.toString()));

    @Inject
    FundingProjectRepository projects;

    @Inject
    FundingAccountRepository accounts;

    @Inject
    FundingProgrammeRepository programmes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    FundingService funding;

    @Inject
    FundingLinks links;

    @Inject
    FundingPolicy policy;

    @Inject
    AgreementPolicy agreementPolicy;

    @Inject
    AuditedChanges changes;

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    // ---- projects -----------------------------------------------------------------------------

    @ReadOnly
    @Transactional
    public ProjectPage list(FundingProjectRepository.Filter filter, int page, int size) {
        funding.requireCounty(filter.countyCode(), "county");
        List<FundingProject> found = projects.search(filter, page, size);
        Map<UUID, List<BudgetLine>> budgets = budgets(found);
        List<ProjectSummary> items = found.stream()
                .map(p -> {
                    List<BudgetLine> budget = budgets.getOrDefault(p.id, List.of());
                    return new ProjectSummary(
                            p.id,
                            p.name,
                            p.countyCode(),
                            FundingMapper.organisation(p.owner),
                            p.startsOn,
                            p.endsOn,
                            p.status,
                            Money.total(FundingMapper.total(budget)),
                            budget.stream()
                                    .map(b -> b.programme != null ? b.programme.name : b.source)
                                    .distinct()
                                    .toList());
                })
                .toList();
        return new ProjectPage(items, projects.count(filter), page, size, goalArea(filter.goalAreaId()));
    }

    /** The goal area a list is filtered by, named only for those who may read its agreement. */
    private GoalAreaRef goalArea(UUID id) {
        if (id == null) {
            return null;
        }
        se.samverkan.agreement.GoalArea area = em.find(se.samverkan.agreement.GoalArea.class, id);
        return area == null || !agreementPolicy.canRead(area.agreement) ? null : FundingLinks.ref(area);
    }

    /** The budget lines of a page of projects in one statement, with their programmes. */
    Map<UUID, List<BudgetLine>> budgets(List<FundingProject> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<BudgetLine>> byProject = new java.util.HashMap<>();
        em.createQuery(
                        "select p.id, b.year, b.amount, b.source, pr from FundingProject p join p.budget b"
                                + " left join b.programme pr where p.id in :ids order by p.id, index(b)",
                        Object[].class)
                .setParameter("ids", page.stream().map(p -> p.id).toList())
                .getResultList()
                .forEach(row -> byProject
                        .computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                        .add(new BudgetLine(
                                (FundingProgramme) row[4], (String) row[3], (Integer) row[1], (java.math.BigDecimal)
                                        row[2])));
        return byProject;
    }

    @ReadOnly
    @Transactional
    public ProjectDto get(UUID id) {
        return details(find(id));
    }

    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        FundingProject project = find(id);
        // Accounts are not public: their entries only for those who may read them.
        boolean accountsVisible = policy.canReadAccounts(project);
        return history.history(SUBJECT, id).stream()
                .filter(e -> accountsVisible || !ACCOUNT.equals(e.entityType()))
                .toList();
    }

    @Transactional
    public ProjectDto create(ProjectInput input) {
        policy.assertCanManageCounty(input.countyCode());
        FundingProject project = new FundingProject();
        project.id = UUID.randomUUID();
        apply(project, input);
        changes.create(AUDIT, project, "Registered " + project.name);
        return details(project);
    }

    @Transactional
    public ProjectDto update(UUID id, String ifMatch, ProjectInput input) {
        FundingProject project = find(id);
        policy.assertCanUpdate(project);
        if (!input.countyCode().equals(project.countyCode())) {
            policy.assertCanManageCounty(project.countyCode());
            policy.assertCanManageCounty(input.countyCode());
        }
        changes.update(AUDIT, project, ifMatch, p -> apply(p, input), p -> "Updated " + p.name);
        return details(project);
    }

    /** The project a grant creates: the application's name, parties, period and links, the granted money. */
    void fromGrant(FundingApplication application, LocalDate accountingDueOn) {
        FundingProject project = new FundingProject();
        project.id = UUID.randomUUID();
        project.application = application;
        project.name = application.projectName;
        project.description = application.description;
        project.county = application.call.county;
        project.owner = application.applicant;
        project.partners.addAll(application.coApplicants);
        project.startsOn = application.startsOn;
        project.endsOn = application.endsOn;
        project.status =
                application.startsOn.isAfter(Clocks.today(clock)) ? ProjectStatus.PLANNED : ProjectStatus.ONGOING;
        project.budget.add(
                new BudgetLine(application.call.programme, null, application.call.year, application.amountGranted));
        project.goalAreas.addAll(application.goalAreas);
        project.strategies.addAll(application.strategies);
        project.targetGroups.addAll(application.targetGroups);
        changes.create(AUDIT, project, "Granted: " + application.call.title);
        if (accountingDueOn != null) {
            newAccount(project, accountingDueOn);
        }
    }

    FundingProject find(UUID id) {
        return projects.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(text("funding-project.not-found", id)));
    }

    private void apply(FundingProject project, ProjectInput input) {
        FieldViolations violations = new FieldViolations();
        County county = counties.find(input.countyCode(), "countyCode", violations);
        Organisation owner = null;
        if (input.ownerOrganisationId() != null) {
            owner = organisations.findById(input.ownerOrganisationId());
            if (owner == null) {
                violations.add("ownerOrganisationId", text("common.no-organisation-id", input.ownerOrganisationId()));
            }
        }
        List<Organisation> partners = OtherOrganisations.resolve(
                organisations,
                input.partnerIds(),
                input.ownerOrganisationId(),
                "partnerIds",
                text("funding.name-owner"),
                violations);
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            violations.add("endsOn", text("funding.before-startson"));
        }
        List<BudgetLine> budget = new ArrayList<>();
        List<BudgetLineInput> lines = input.budget() == null ? List.of() : input.budget();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLineInput line = lines.get(i);
            FundingProgramme programme = null;
            if (line.programmeId() != null) {
                programme = programmes.findById(line.programmeId());
                if (programme == null) {
                    violations.add(
                            "budget[" + i + "].programmeId",
                            text("funding.no-funding-programme-id", line.programmeId()));
                }
            } else if (line.source() == null || line.source().isBlank()) {
                violations.add("budget[" + i + "].source", text("funding.given-when-no-programmeid"));
            }
            budget.add(new BudgetLine(
                    programme, FundingMapper.blankToNull(line.source()), line.year(), Money.parse(line.amount())));
        }
        var resolved = links.resolve(
                input.countyCode(), input.goalAreaIds(), input.strategies(), input.targetGroups(), "", violations);
        violations.throwIfAny();
        project.name = input.name().trim();
        project.description = FundingMapper.blankToNull(input.description());
        project.county = county;
        project.owner = owner;
        project.partners.clear();
        project.partners.addAll(partners);
        project.startsOn = input.startsOn();
        project.endsOn = input.endsOn();
        project.status = input.status();
        project.results = FundingMapper.blankToNull(input.results());
        project.budget.clear();
        project.budget.addAll(budget);
        FundingLinks.apply(resolved, project.goalAreas, project.strategies, project.targetGroups);
    }

    private ProjectDto details(FundingProject p) {
        boolean manage = policy.canManageCounty(p.countyCode());
        List<QualifiedResponsibility> responsibilities = linkedResponsibilities(p.id).stream()
                .filter(r -> agreementPolicy.canRead(r.goalArea.agreement))
                .map(r -> new QualifiedResponsibility(
                        r.id,
                        r.goalArea.agreement.id,
                        r.goalArea.agreement.title,
                        r.goalArea.id,
                        r.goalArea.label(),
                        r.organisation == null ? r.collectiveParty : r.organisation.name,
                        r.qualifier))
                .toList();
        return new ProjectDto(
                p.id,
                p.name,
                p.description,
                p.countyCode(),
                p.county.name,
                FundingMapper.organisation(p.owner),
                p.partners.stream().map(FundingMapper::organisation).toList(),
                p.application == null ? null : p.application.id,
                p.startsOn,
                p.endsOn,
                p.status,
                p.results,
                p.budget.stream().map(FundingMapper::budgetLine).toList(),
                Money.total(FundingMapper.total(p.budget)),
                FundingLinks.links(p.goalAreas, p.strategies, p.targetGroups),
                responsibilities,
                p.version,
                p.createdAt,
                p.createdBy,
                p.updatedAt,
                p.updatedBy,
                new ProjectPermissions(policy.canUpdate(p), manage, policy.canReadAccounts(p), manage),
                ProvenanceDto.of(p.provenance));
    }

    /**
     * Points responsibilities at the project ("genom projekt …"); their qualifier text stays as written. Recorded in
     * the project's history and in each agreement's.
     */
    @Transactional
    public ProjectDto qualify(UUID id, String ifMatch, QualifyInput input) {
        FundingProject project = find(id);
        policy.assertCanManageCounty(project.countyCode());
        FieldViolations violations = new FieldViolations();
        List<Responsibility> wanted = new ArrayList<>();
        for (UUID responsibilityId : new java.util.LinkedHashSet<>(input.responsibilityIds())) {
            Responsibility r = em.find(Responsibility.class, responsibilityId);
            if (r == null || !agreementPolicy.canRead(r.goalArea.agreement)) {
                violations.add("responsibilityIds", text("funding.no-responsibility-id", responsibilityId));
            } else if (!agreementPolicy.canManage(r.goalArea.agreement)) {
                violations.add("responsibilityIds", text("funding.belongs-agreement-you-not-change"));
            } else {
                wanted.add(r);
            }
        }
        violations.throwIfAny();
        List<Responsibility> current = linkedResponsibilities(project.id);
        changes.update(
                AUDIT.showing(p -> Map.of(
                        "responsibilities",
                        linkedResponsibilities(p.id).stream()
                                .map(r -> ChangeRecorder.reference(
                                        se.samverkan.agreement.AgreementHistoryVisibility.KIND,
                                        r.goalArea.agreement.id,
                                        r.goalArea.label() + ": "
                                                + (r.organisation == null ? r.collectiveParty : r.organisation.name)))
                                .sorted()
                                .collect(java.util.stream.Collectors.joining(", ")))),
                project,
                ifMatch,
                p -> {
                    for (Responsibility r : current) {
                        if (!wanted.contains(r)) {
                            changes.unguarded(
                                    RESPONSIBILITY,
                                    ChangeRecorder.UPDATED,
                                    r,
                                    x -> x.projectId = null,
                                    x -> "No longer through project " + p.name);
                        }
                    }
                    for (Responsibility r : wanted) {
                        if (!p.id.equals(r.projectId)) {
                            changes.unguarded(
                                    RESPONSIBILITY,
                                    ChangeRecorder.UPDATED,
                                    r,
                                    x -> x.projectId = p.id,
                                    x -> "Through project " + p.name);
                        }
                    }
                },
                p -> "Qualifies " + wanted.size() + " responsibilities");
        return details(project);
    }

    private List<Responsibility> linkedResponsibilities(UUID projectId) {
        return em.createQuery(
                        "select r from Responsibility r join fetch r.goalArea g join fetch g.agreement"
                                + " left join fetch r.organisation where r.projectId = :project order by g.number, r.createdAt",
                        Responsibility.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    // ---- accounts -----------------------------------------------------------------------------

    @ReadOnly
    @Transactional
    public List<AccountDto> accounts(UUID projectId) {
        FundingProject project = find(projectId);
        policy.assertCanReadAccounts(project);
        return accounts.ofProject(projectId).stream().map(this::account).toList();
    }

    @ReadOnly
    @Transactional
    public List<AccountDto> board(String countyCode, boolean overdueOnly) {
        funding.requireCounty(countyCode, "county");
        return accounts.board(countyCode, overdueOnly, Clocks.today(clock), policy.visibility()).stream()
                .map(this::account)
                .toList();
    }

    @ReadOnly
    @Transactional
    public AccountDto getAccount(UUID id) {
        return account(findAccount(id));
    }

    @Transactional
    public AccountDto createAccount(UUID projectId, AccountInput input) {
        FundingProject project = find(projectId);
        policy.assertCanManageCounty(project.countyCode());
        return account(newAccount(project, input.dueOn()));
    }

    private FundingAccount newAccount(FundingProject project, LocalDate dueOn) {
        FundingAccount account = new FundingAccount();
        account.id = UUID.randomUUID();
        account.project = project;
        account.dueOn = dueOn;
        account.status = AccountStatus.DUE;
        changes.create(ACCOUNT_AUDIT, account, "Accounting due " + dueOn);
        return account;
    }

    @Transactional
    public AccountDto updateAccount(UUID id, String ifMatch, AccountInput input) {
        FundingAccount account = findAccount(id);
        policy.assertCanManage(account);
        changes.update(
                ACCOUNT_AUDIT,
                account,
                ifMatch,
                a -> AccountStatus.LIFECYCLE.check(a, AccountStatus.Action.EDIT),
                a -> a.dueOn = input.dueOn(),
                a -> "Accounting due " + a.dueOn);
        return account(account);
    }

    @Transactional
    public AccountDto file(UUID id, String ifMatch, FilingInput input) {
        FundingAccount account = findAccount(id);
        policy.assertCanFile(account);
        changes.changeStatus(
                ACCOUNT_AUDIT,
                account,
                ifMatch,
                a -> {
                    a.status = AccountStatus.LIFECYCLE.next(a, AccountStatus.Action.FILE);
                    a.spent = Money.parse(input.spent());
                    a.whatWasDone = input.whatWasDone().trim();
                    a.results = FundingMapper.blankToNull(input.results());
                    a.filedAt = Clocks.now(clock);
                    a.filedBy = history.caller().name();
                },
                a -> "Account filed: " + Money.format(a.spent) + " spent");
        return account(account);
    }

    @Transactional
    public AccountDto changeAccountStatus(UUID id, String ifMatch, AccountStatusInput input) {
        FundingAccount account = findAccount(id);
        policy.assertCanManage(account);
        AccountStatus.Action action =
                switch (input.status()) {
                    case APPROVED -> AccountStatus.Action.APPROVE;
                    case DUE -> AccountStatus.Action.RETURN;
                    case FILED -> throw ProblemException.invalid(
                            "status", text("funding.approved-due-owner-files-account"));
                };
        AccountStatus from = account.status;
        changes.changeStatus(
                ACCOUNT_AUDIT.showing(a -> Map.of("status", a.status.name())),
                account,
                ifMatch,
                a -> a.status = AccountStatus.LIFECYCLE.next(a, action),
                a -> "Account " + from + " → " + a.status);
        return account(account);
    }

    private FundingAccount findAccount(UUID id) {
        return Found.checked(
                accounts.findByIdOptional(id), text("funding-account.not-found", id), policy::assertCanRead);
    }

    private AccountDto account(FundingAccount a) {
        boolean manage = policy.canManageCounty(a.project.countyCode());
        List<AccountStatus> statusChanges = new ArrayList<>();
        if (manage && AccountStatus.LIFECYCLE.allows(a, AccountStatus.Action.APPROVE)) {
            statusChanges.add(AccountStatus.APPROVED);
        }
        if (manage && AccountStatus.LIFECYCLE.allows(a, AccountStatus.Action.RETURN)) {
            statusChanges.add(AccountStatus.DUE);
        }
        return new AccountDto(
                a.id,
                a.project.id,
                a.project.name,
                a.project.countyCode(),
                FundingMapper.organisation(a.project.owner),
                a.dueOn,
                a.status,
                a.isOverdue(Clocks.today(clock)),
                Money.format(a.spent),
                a.whatWasDone,
                a.results,
                a.filedAt,
                a.filedBy,
                a.version,
                a.createdAt,
                a.createdBy,
                a.updatedAt,
                a.updatedBy,
                new AccountPermissions(
                        manage && AccountStatus.LIFECYCLE.allows(a, AccountStatus.Action.EDIT),
                        policy.canFile(a) && AccountStatus.LIFECYCLE.allows(a, AccountStatus.Action.FILE),
                        statusChanges));
    }
}
