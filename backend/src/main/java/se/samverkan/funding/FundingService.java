package se.samverkan.funding;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.funding.FundingDtos.CallDto;
import se.samverkan.funding.FundingDtos.CallPermissions;
import se.samverkan.funding.FundingDtos.PriorityDto;
import se.samverkan.funding.FundingDtos.ProgrammeDto;
import se.samverkan.funding.FundingInputs.CallInput;
import se.samverkan.funding.FundingInputs.CallStatusInput;
import se.samverkan.funding.FundingInputs.PriorityInput;
import se.samverkan.funding.FundingInputs.ProgrammeInput;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.reference.County;
import se.samverkan.reference.CountyRepository;

/** Funding programmes and calls (utlysningar). */
@ApplicationScoped
public class FundingService {

    public static final String PROGRAMME = "FUNDING_PROGRAMME";
    public static final String CALL = "FUNDING_CALL";

    private static final Audit<FundingProgramme> PROGRAMME_AUDIT = new Audit<>(
            p -> new ChangeRecorder.Subject(PROGRAMME, p.id, PROGRAMME, p.id), FundingMapper::programmeSnapshot);
    private static final Audit<FundingCall> CALL_AUDIT =
            new Audit<>(c -> new ChangeRecorder.Subject(CALL, c.id, CALL, c.id), FundingMapper::callSnapshot);

    @Inject
    FundingProgrammeRepository programmes;

    @Inject
    FundingCallRepository calls;

    @Inject
    CountyRepository counties;

    @Inject
    FundingLinks links;

    @Inject
    FundingPolicy policy;

    @Inject
    AuditedChanges changes;

    @Inject
    ChangeRecorder history;

    // ---- programmes ---------------------------------------------------------------------------

    @ReadOnly
    @Transactional
    public List<ProgrammeDto> programmes() {
        boolean manage = policy.canManageProgrammes();
        return programmes.ordered().stream()
                .map(p -> FundingMapper.programme(p, manage))
                .toList();
    }

    @ReadOnly
    @Transactional
    public ProgrammeDto programme(UUID id) {
        return FundingMapper.programme(findProgramme(id), policy.canManageProgrammes());
    }

    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> programmeHistory(UUID id) {
        findProgramme(id);
        return history.history(PROGRAMME, id);
    }

    @Transactional
    public ProgrammeDto createProgramme(ProgrammeInput input) {
        policy.assertCanManageProgrammes();
        FundingProgramme programme = new FundingProgramme();
        programme.id = UUID.randomUUID();
        apply(programme, input);
        changes.create(PROGRAMME_AUDIT, programme, "Registered " + programme.name);
        return FundingMapper.programme(programme, true);
    }

    @Transactional
    public ProgrammeDto updateProgramme(UUID id, String ifMatch, ProgrammeInput input) {
        FundingProgramme programme = findProgramme(id);
        policy.assertCanManageProgrammes();
        changes.update(PROGRAMME_AUDIT, programme, ifMatch, p -> apply(p, input), p -> "Updated " + p.name);
        return FundingMapper.programme(programme, true);
    }

    private void apply(FundingProgramme programme, ProgrammeInput input) {
        String name = input.name().trim();
        if (programmes.nameTaken(name, programme.id)) {
            throw ProblemException.conflict(
                    text("funding.another-programme-called", name),
                    "name",
                    text("common.already-name-another-programme"));
        }
        programme.kind = input.kind();
        programme.name = name;
        programme.description = FundingMapper.blankToNull(input.description());
        programme.sfsNumber =
                input.legalBasis() == null ? null : input.legalBasis().sfs();
        programme.legalTitle = input.legalBasis() == null
                ? null
                : FundingMapper.blankToNull(input.legalBasis().title());
        programme.managingAuthority = FundingMapper.blankToNull(input.managingAuthority());
    }

    FundingProgramme findProgramme(UUID id) {
        return programmes
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(text("funding-programme.not-found", id)));
    }

    // ---- calls --------------------------------------------------------------------------------

    @ReadOnly
    @Transactional
    public List<CallDto> calls(String countyCode, Integer year, CallStatus status) {
        requireCounty(countyCode, "county");
        return calls.search(countyCode, year, status, policy.visibility()).stream()
                .map(this::call)
                .toList();
    }

    @ReadOnly
    @Transactional
    public CallDto getCall(UUID id) {
        return call(findReadableCall(id));
    }

    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> callHistory(UUID id) {
        findReadableCall(id);
        return history.history(CALL, id);
    }

    @Transactional
    public CallDto createCall(CallInput input) {
        policy.assertCanManageCounty(input.countyCode());
        FundingCall call = new FundingCall();
        call.id = UUID.randomUUID();
        call.status = CallStatus.DRAFT;
        apply(call, input);
        changes.create(CALL_AUDIT, call, "Drafted " + call.title);
        return call(call);
    }

    @Transactional
    public CallDto updateCall(UUID id, String ifMatch, CallInput input) {
        FundingCall call = findReadableCall(id);
        policy.assertCanManageCounty(call.countyCode());
        policy.assertCanManageCounty(input.countyCode());
        changes.update(
                CALL_AUDIT,
                call,
                ifMatch,
                c -> CallStatus.LIFECYCLE.check(c, CallStatus.Action.EDIT),
                c -> apply(c, input),
                c -> "Updated " + c.title);
        return call(call);
    }

    @Transactional
    public CallDto changeCallStatus(UUID id, String ifMatch, CallStatusInput input) {
        FundingCall call = findReadableCall(id);
        policy.assertCanManageCounty(call.countyCode());
        CallStatus.Action action =
                switch (input.status()) {
                    case OPEN -> CallStatus.Action.OPEN;
                    case CLOSED -> CallStatus.Action.CLOSE;
                    case DRAFT -> throw ProblemException.invalid("status", text("funding.open-closed"));
                };
        CallStatus from = call.status;
        changes.changeStatus(
                CALL_AUDIT.showing(c -> java.util.Map.of("status", c.status.name())),
                call,
                ifMatch,
                c -> c.status = CallStatus.LIFECYCLE.next(c, action),
                c -> "Status " + from + " → " + c.status);
        return call(call);
    }

    FundingCall findReadableCall(UUID id) {
        return Found.checked(calls.findByIdOptional(id), text("funding-call.not-found", id), policy::assertCanRead);
    }

    private void apply(FundingCall call, CallInput input) {
        FieldViolations violations = new FieldViolations();
        FundingProgramme programme = programmes.findById(input.programmeId());
        if (programme == null) {
            violations.add("programmeId", text("funding.no-funding-programme-id", input.programmeId()));
        }
        County county = counties.find(input.countyCode(), "countyCode", violations);
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            violations.add("endsOn", text("funding.before-startson"));
        }
        List<PriorityInput> priorities = input.priorities() == null ? List.of() : input.priorities();
        List<FundingLinks.Resolved> resolved = new java.util.ArrayList<>();
        for (int i = 0; i < priorities.size(); i++) {
            PriorityInput p = priorities.get(i);
            resolved.add(links.resolve(
                    input.countyCode(),
                    p.goalAreaIds(),
                    p.strategies(),
                    p.targetGroups(),
                    "priorities[" + i + "].",
                    violations));
        }
        violations.throwIfAny();
        call.programme = programme;
        call.county = county;
        call.year = input.year();
        call.title = input.title().trim();
        call.description = FundingMapper.blankToNull(input.description());
        call.startsOn = input.startsOn();
        call.endsOn = input.endsOn();
        call.deadline = input.deadline();
        call.budget = Money.parse(input.budget());
        call.strategyWeight = FundingMapper.blankToNull(input.strategyWeight());
        call.priorities.clear();
        for (int i = 0; i < priorities.size(); i++) {
            FundingPriority priority = new FundingPriority();
            priority.id = UUID.randomUUID();
            priority.call = call;
            priority.position = i;
            priority.text = priorities.get(i).text().trim();
            FundingLinks.apply(resolved.get(i), priority.goalAreas, priority.strategies, priority.targetGroups);
            call.priorities.add(priority);
        }
    }

    void requireCounty(String countyCode, String field) {
        counties.requireKnown(countyCode, field);
    }

    CallDto call(FundingCall c) {
        boolean manage = policy.canManageCounty(c.countyCode());
        List<CallStatus> statusChanges = new java.util.ArrayList<>();
        if (manage && CallStatus.LIFECYCLE.allows(c, CallStatus.Action.OPEN)) {
            statusChanges.add(CallStatus.OPEN);
        }
        if (manage && CallStatus.LIFECYCLE.allows(c, CallStatus.Action.CLOSE)) {
            statusChanges.add(CallStatus.CLOSED);
        }
        var permissions = new CallPermissions(
                manage && CallStatus.LIFECYCLE.allows(c, CallStatus.Action.EDIT),
                statusChanges,
                policy.canApply() && CallStatus.LIFECYCLE.allows(c, CallStatus.Action.APPLY));
        return new CallDto(
                c.id,
                FundingMapper.ref(c.programme),
                c.countyCode(),
                c.county.name,
                c.year,
                c.title,
                c.description,
                c.startsOn,
                c.endsOn,
                c.deadline,
                Money.format(c.budget),
                c.strategyWeight,
                c.status,
                c.priorities.stream()
                        .map(p -> new PriorityDto(
                                p.id, p.text, FundingLinks.links(p.goalAreas, p.strategies, p.targetGroups)))
                        .toList(),
                c.version,
                c.createdAt,
                c.createdBy,
                c.updatedAt,
                c.updatedBy,
                permissions,
                ProvenanceDto.of(c.provenance));
    }
}
