package se.samverkan.strategy;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.strategy.StrategyDtos.AnalysisDto;
import se.samverkan.strategy.StrategyDtos.AnalysisPermissions;
import se.samverkan.strategy.StrategyDtos.AreaDto;
import se.samverkan.strategy.StrategyDtos.FindingPermissions;
import se.samverkan.strategy.StrategyDtos.GapFindingDto;
import se.samverkan.strategy.StrategyInputs.AreaInput;
import se.samverkan.strategy.StrategyInputs.GapFindingInput;
import se.samverkan.strategy.StrategyInputs.ScoreInput;

/** Gap analyses per target group and the possible areas of action: scored, and chosen to become areas of action. */
@ApplicationScoped
public class AnalysisService extends StrategyParts {

    static final Audit<StrategyArea> AREA = new Audit<>(
            a -> new ChangeRecorder.Subject(AgreementService.SUBJECT, a.agreement.id, "AREA_OF_ACTION", a.id),
            StrategyMapper::snapshot);
    static final Audit<GapFinding> FINDING = new Audit<>(
            f -> new ChangeRecorder.Subject(AgreementService.SUBJECT, f.agreement.id, "GAP_FINDING", f.id),
            StrategyMapper::snapshot);

    final PartKind<StrategyArea> areaParts =
            PartKind.of(AREA, this::area, AreaStatus.LIFECYCLE, AreaStatus.Action.EDIT, AreaStatus.Action.DELETE);

    @Transactional
    @ReadOnly
    public AnalysisDto analysis(UUID agreementId) {
        Agreement agreement = readable(agreementId);
        boolean manage = policy.canManage(agreement);
        return new AnalysisDto(
                StrategyMapper.agreement(agreement),
                repository.goalAreas(List.of(agreementId)).stream()
                        .map(StrategyMapper::goalArea)
                        .toList(),
                repository.findings(agreementId).stream()
                        .map(f -> StrategyMapper.finding(f, new FindingPermissions(manage, manage)))
                        .toList(),
                repository.areas(List.of(agreementId)).stream()
                        .map(a -> StrategyMapper.area(a, policy.permissions(a, manage)))
                        .toList(),
                new AnalysisPermissions(manage, manage));
    }

    // ---- gap findings ---------------------------------------------------------------------------

    @Transactional
    public GapFindingDto addFinding(UUID agreementId, GapFindingInput input) {
        Agreement agreement = manageable(agreementId);
        GapFinding finding = new GapFinding();
        finding.id = UUID.randomUUID();
        finding.agreement = agreement;
        apply(finding, input);
        changes.create(FINDING, finding, "Added a gap finding");
        return findingDto(finding);
    }

    @Transactional
    public GapFindingDto updateFinding(UUID agreementId, UUID findingId, String ifMatch, GapFindingInput input) {
        manageable(agreementId);
        GapFinding finding = finding(agreementId, findingId);
        changes.update(FINDING, finding, ifMatch, f -> apply(f, input), f -> "Updated a gap finding");
        return findingDto(finding);
    }

    @Transactional
    public void removeFinding(UUID agreementId, UUID findingId, String ifMatch) {
        manageable(agreementId);
        GapFinding finding = finding(agreementId, findingId);
        changes.delete(FINDING, finding, ifMatch, em::remove, "Removed a gap finding");
    }

    private void apply(GapFinding finding, GapFindingInput input) {
        if (input.foundOn() != null && input.foundOn().isAfter(Clocks.today(clock))) {
            throw ProblemException.invalid("foundOn", text("strategy.not-in-future"));
        }
        finding.targetGroup = input.targetGroup();
        finding.finding = input.finding().trim();
        finding.source = blankToNull(input.source());
        finding.foundOn = input.foundOn();
    }

    private GapFindingDto findingDto(GapFinding finding) {
        return StrategyMapper.finding(finding, new FindingPermissions(true, true));
    }

    // ---- possible areas of action ---------------------------------------------------------------

    @Transactional
    public AreaDto addArea(UUID agreementId, AreaInput input) {
        Agreement agreement = manageable(agreementId);
        StrategyArea area = new StrategyArea();
        area.id = UUID.randomUUID();
        area.agreement = agreement;
        apply(area, input);
        changes.create(AREA, area, "Added possible area of action " + area.title);
        return areaDto(area);
    }

    @Transactional
    public AreaDto updateArea(UUID agreementId, UUID areaId, String ifMatch, AreaInput input) {
        StrategyArea area = editPart(
                areaParts,
                agreementId,
                areaId,
                ifMatch,
                a -> apply(a, input),
                a -> "Updated area of action " + a.title);
        return areaDto(area);
    }

    @Transactional
    public AreaDto score(UUID agreementId, UUID areaId, String ifMatch, ScoreInput input) {
        StrategyArea area = changePart(
                areaParts,
                a -> AreaStatus.LIFECYCLE.check(a, AreaStatus.Action.SCORE),
                agreementId,
                areaId,
                ifMatch,
                a -> {
                    a.effect = input.effect();
                    a.feasibility = input.feasibility();
                },
                a -> "Scored " + a.title + ": effect " + a.effect + ", feasibility " + a.feasibility);
        return areaDto(area);
    }

    @Transactional
    public AreaDto changeStatus(UUID agreementId, UUID areaId, String ifMatch, AreaStatus target) {
        manageable(agreementId);
        StrategyArea area = area(agreementId, areaId);
        changes.changeStatus(
                AREA,
                area,
                ifMatch,
                a -> {
                    AreaStatus next = AreaStatus.LIFECYCLE.next(a, AreaStatus.Action.toReach(target));
                    if (next == AreaStatus.CHOSEN && (a.effect == null || a.feasibility == null)) {
                        throw ProblemException.ruleViolation(
                                "score-before-choosing", text("strategy.score-before-choosing", a.title));
                    }
                    if (next == AreaStatus.POSSIBLE && repository.activityCount(a) > 0) {
                        throw ProblemException.ruleViolation(
                                "area-has-activities", text("strategy.area-has-activities", a.title));
                    }
                    a.status = next;
                    a.chosenOn = next == AreaStatus.CHOSEN ? Clocks.today(clock) : null;
                },
                a -> a.status == AreaStatus.CHOSEN
                        ? "Chose " + a.title + " as an area of action"
                        : a.title + " is a possible area of action again");
        return areaDto(area);
    }

    @Transactional
    public void removeArea(UUID agreementId, UUID areaId, String ifMatch) {
        removePart(areaParts, agreementId, areaId, ifMatch, a -> "Removed possible area of action " + a.title);
    }

    private void apply(StrategyArea area, AreaInput input) {
        FieldViolations violations = new FieldViolations();
        GoalArea goalArea = null;
        if (input.goalAreaId() != null) {
            goalArea = repository.goalArea(input.goalAreaId()).orElse(null);
            if (goalArea == null || !serves(area.agreement, goalArea)) {
                violations.add("goalAreaId", text("strategy.goal-area-of-strategy", input.goalAreaId()));
            }
        }
        violations.throwIfAny();
        area.title = input.title().trim();
        area.description = blankToNull(input.description());
        area.targetGroup = input.targetGroup();
        area.goalArea = goalArea;
    }

    /** A goal area of the agreement itself or of the strategy it is a sub-strategy of. */
    static boolean serves(Agreement agreement, GoalArea goalArea) {
        UUID owner = goalArea.agreement.id;
        return owner.equals(agreement.id) || (agreement.parent != null && owner.equals(agreement.parent.id));
    }

    private AreaDto areaDto(StrategyArea area) {
        return StrategyMapper.area(area, policy.permissions(area, true));
    }

    private StrategyArea area(UUID agreementId, UUID areaId) {
        return partOf(agreementId, repository.area(areaId), a -> a.agreement, text("strategy.area-not-found", areaId));
    }

    private GapFinding finding(UUID agreementId, UUID findingId) {
        return partOf(
                agreementId,
                repository.finding(findingId),
                f -> f.agreement,
                text("strategy.finding-not-found", findingId));
    }
}
