package se.samverkan.funding;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.funding.FundingDtos.ApplicationDto;
import se.samverkan.funding.FundingDtos.ApplicationPermissions;
import se.samverkan.funding.FundingDtos.ApplicationSummary;
import se.samverkan.funding.FundingInputs.ApplicationInput;
import se.samverkan.funding.FundingInputs.ApplicationStatusInput;
import se.samverkan.funding.FundingInputs.DecisionInput;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryReads;
import se.samverkan.organisation.CallerOrganisation;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;

/** Applications: drafted and submitted by the applicant's members, reviewed and decided by the county coordinator. */
@ApplicationScoped
public class ApplicationService extends HistoryReads {

    public static final String SUBJECT = "FUNDING_APPLICATION";

    private static final Audit<FundingApplication> AUDIT = new Audit<>(
            a -> new ChangeRecorder.Subject(SUBJECT, a.id, SUBJECT, a.id), FundingMapper::applicationSnapshot);
    private static final Audit<FundingApplication> STATUS = AUDIT.showing(FundingMapper::applicationStatusSnapshot);

    @Inject
    FundingApplicationRepository applications;

    @Inject
    FundingProjectRepository projects;

    @Inject
    OrganisationRepository organisations;

    @Inject
    FundingService funding;

    @Inject
    ProjectService projectService;

    @Inject
    FundingLinks links;

    @Inject
    FundingPolicy policy;

    @Inject
    AuditedChanges changes;

    @Inject
    Clock clock;

    public ApplicationService() {
        super(SUBJECT);
    }

    @ReadOnly
    @Transactional
    public List<ApplicationSummary> list(FundingApplicationRepository.Filter filter, boolean mine) {
        funding.requireCounty(filter.countyCode(), "county");
        if (mine) {
            var own = CallerOrganisation.onlyMine(policy.callerOrganisation(), filter.organisationId());
            if (own.isEmpty()) {
                return List.of();
            }
            filter = new FundingApplicationRepository.Filter(
                    filter.callId(), filter.countyCode(), own.get(), filter.status());
        }
        return applications.search(filter, policy.visibility()).stream()
                .map(a -> new ApplicationSummary(
                        a.id,
                        FundingMapper.ref(a.call),
                        FundingMapper.organisation(a.applicant),
                        a.projectName,
                        Money.format(a.amountApplied),
                        Money.format(a.amountGranted),
                        a.status,
                        a.submittedAt,
                        a.version))
                .toList();
    }

    @ReadOnly
    @Transactional
    public ApplicationDto get(UUID id) {
        return details(findReadable(id));
    }

    @Transactional
    public ApplicationDto create(UUID callId, ApplicationInput input) {
        FundingCall call = funding.findReadableCall(callId);
        policy.assertCanApplyAs(input.applicantOrganisationId());
        CallStatus.LIFECYCLE.check(call, CallStatus.Action.APPLY);
        requireBeforeDeadline(call);
        FundingApplication application = new FundingApplication();
        application.id = UUID.randomUUID();
        application.call = call;
        application.status = ApplicationStatus.DRAFT;
        apply(application, input);
        changes.create(AUDIT, application, "Drafted " + application.projectName);
        return details(application);
    }

    @Transactional
    public ApplicationDto update(UUID id, String ifMatch, ApplicationInput input) {
        FundingApplication application = findReadable(id);
        policy.assertCanActAsApplicant(application);
        if (!input.applicantOrganisationId().equals(application.applicant.id)) {
            policy.assertCanApplyAs(input.applicantOrganisationId());
        }
        changes.update(
                AUDIT,
                application,
                ifMatch,
                a -> ApplicationStatus.LIFECYCLE.check(a, ApplicationStatus.Action.EDIT),
                a -> apply(a, input),
                a -> "Updated " + a.projectName);
        return details(application);
    }

    /** Submit and withdraw (the applicant), take into review (the coordinator). */
    @Transactional
    public ApplicationDto changeStatus(UUID id, String ifMatch, ApplicationStatusInput input) {
        ApplicationStatus to = input.status();
        if (to != ApplicationStatus.SUBMITTED
                && to != ApplicationStatus.IN_REVIEW
                && to != ApplicationStatus.WITHDRAWN) {
            throw ProblemException.invalid("status", text("funding.submitted-review-withdrawn-decisions-made"));
        }
        FundingApplication application = findReadable(id);
        policy.assertCanChangeStatus(application, to);
        ApplicationStatus from = application.status;
        changes.changeStatus(
                STATUS,
                application,
                ifMatch,
                a -> {
                    ApplicationStatus next = ApplicationStatus.LIFECYCLE.next(a, ApplicationStatus.Action.toReach(to));
                    if (next == ApplicationStatus.SUBMITTED) {
                        CallStatus.LIFECYCLE.check(a.call, CallStatus.Action.APPLY);
                        requireBeforeDeadline(a.call);
                        a.submittedAt = Clocks.now(clock);
                    }
                    a.status = next;
                },
                a -> "Status " + from + " → " + a.status);
        return details(application);
    }

    /** Grant (part of) the amount applied, or reject with a reason; a grant creates the project. */
    @Transactional
    public ApplicationDto decide(UUID id, String ifMatch, DecisionInput input) {
        FundingApplication application = findReadable(id);
        policy.assertCanDecide(application);
        FieldViolations violations = new FieldViolations();
        switch (input.outcome()) {
            case GRANTED -> {
                if (input.amountGranted() == null) {
                    violations.add("amountGranted", text("funding.given-when-application-granted"));
                } else if (Money.parse(input.amountGranted()).signum() <= 0) {
                    violations.add("amountGranted", text("funding.more-0"));
                }
                if (input.accountingDueOn() != null && input.accountingDueOn().isBefore(input.decidedOn())) {
                    violations.add("accountingDueOn", text("funding.before-decidedon"));
                }
            }
            case REJECTED -> {
                if (input.reason() == null || input.reason().isBlank()) {
                    violations.add("reason", text("funding.given-when-application-rejected"));
                }
                if (input.amountGranted() != null) {
                    violations.add("amountGranted", text("funding.absent-when-application-rejected"));
                }
            }
            default -> violations.add("outcome", text("funding.granted-rejected"));
        }
        violations.throwIfAny();
        ApplicationStatus from = application.status;
        changes.changeStatus(
                STATUS,
                application,
                ifMatch,
                a -> {
                    ApplicationStatus.Action action = input.outcome() == ApplicationStatus.GRANTED
                            ? ApplicationStatus.Action.GRANT
                            : ApplicationStatus.Action.REJECT;
                    ApplicationStatus next = ApplicationStatus.LIFECYCLE.next(a, action);
                    if (next == ApplicationStatus.GRANTED) {
                        var granted = Money.parse(input.amountGranted());
                        if (granted.compareTo(a.amountApplied) > 0) {
                            throw ProblemException.ruleViolation(
                                    "granted-exceeds-applied",
                                    text(
                                            "funding.granted-exceeds-applied",
                                            Money.format(granted),
                                            Money.format(a.amountApplied)),
                                    "amountGranted",
                                    text("funding.most-amount-applied", Money.format(a.amountApplied)));
                        }
                        a.amountGranted = granted;
                    }
                    a.status = next;
                    a.decidedOn = input.decidedOn();
                    a.caseNumber = FundingMapper.blankToNull(input.caseNumber());
                    a.decisionReason = FundingMapper.blankToNull(input.reason());
                },
                a -> (a.status == ApplicationStatus.GRANTED ? "Granted " + Money.format(a.amountGranted) : "Rejected")
                        + " (was " + from + ")");
        if (application.status == ApplicationStatus.GRANTED) {
            projectService.fromGrant(application, input.accountingDueOn());
        }
        return details(application);
    }

    private void requireBeforeDeadline(FundingCall call) {
        LocalDate today = Clocks.today(clock);
        if (call.deadline != null && today.isAfter(call.deadline)) {
            throw ProblemException.ruleViolation("deadline-passed", text("funding.deadline-passed", call.deadline));
        }
    }

    @Override
    protected FundingApplication findReadable(UUID id) {
        return Found.checked(
                applications.findByIdOptional(id), text("funding-application.not-found", id), policy::assertCanRead);
    }

    private void apply(FundingApplication application, ApplicationInput input) {
        FieldViolations violations = new FieldViolations();
        Organisation applicant = organisations.findById(input.applicantOrganisationId());
        if (applicant == null) {
            violations.add(
                    "applicantOrganisationId", text("common.no-organisation-id", input.applicantOrganisationId()));
        }
        List<Organisation> coApplicants = OtherOrganisations.resolve(
                organisations,
                input.coApplicantIds(),
                input.applicantOrganisationId(),
                "coApplicantIds",
                text("funding.name-applicant"),
                violations);
        if (input.endsOn().isBefore(input.startsOn())) {
            violations.add("endsOn", text("funding.before-startson"));
        }
        if (Money.parse(input.amountApplied()).signum() <= 0) {
            violations.add("amountApplied", text("funding.more-0"));
        }
        var resolved = links.resolve(
                application.call.countyCode(),
                input.goalAreaIds(),
                input.strategies(),
                input.targetGroups(),
                "",
                violations);
        violations.throwIfAny();
        application.applicant = applicant;
        application.coApplicants.clear();
        application.coApplicants.addAll(coApplicants);
        application.projectName = input.projectName().trim();
        application.description = FundingMapper.blankToNull(input.description());
        application.amountApplied = Money.parse(input.amountApplied());
        application.startsOn = input.startsOn();
        application.endsOn = input.endsOn();
        FundingLinks.apply(resolved, application.goalAreas, application.strategies, application.targetGroups);
    }

    private ApplicationDto details(FundingApplication a) {
        var project = projects.find("application.id", a.id).firstResultOptional();
        var permissions = new ApplicationPermissions(
                policy.canActAsApplicant(a) && ApplicationStatus.LIFECYCLE.allows(a, ApplicationStatus.Action.EDIT),
                policy.statusChanges(a),
                policy.canDecide(a) && ApplicationStatus.LIFECYCLE.allows(a, ApplicationStatus.Action.GRANT));
        return new ApplicationDto(
                a.id,
                FundingMapper.ref(a.call),
                FundingMapper.organisation(a.applicant),
                a.coApplicants.stream().map(FundingMapper::organisation).toList(),
                a.projectName,
                a.description,
                Money.format(a.amountApplied),
                a.startsOn,
                a.endsOn,
                a.status,
                a.submittedAt,
                Money.format(a.amountGranted),
                a.decidedOn,
                a.caseNumber,
                a.decisionReason,
                project.map(p -> p.id).orElse(null),
                FundingLinks.links(a.goalAreas, a.strategies, a.targetGroups),
                a.version,
                a.createdAt,
                a.createdBy,
                a.updatedAt,
                a.updatedBy,
                permissions);
    }
}
