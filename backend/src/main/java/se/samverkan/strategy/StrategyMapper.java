package se.samverkan.strategy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationReference;
import se.samverkan.strategy.StrategyDtos.ActivityDto;
import se.samverkan.strategy.StrategyDtos.ActivityPermissions;
import se.samverkan.strategy.StrategyDtos.AgreementRef;
import se.samverkan.strategy.StrategyDtos.AreaDto;
import se.samverkan.strategy.StrategyDtos.AreaPermissions;
import se.samverkan.strategy.StrategyDtos.CheckpointDto;
import se.samverkan.strategy.StrategyDtos.FindingPermissions;
import se.samverkan.strategy.StrategyDtos.ForumRef;
import se.samverkan.strategy.StrategyDtos.GapFindingDto;
import se.samverkan.strategy.StrategyDtos.GoalAreaRef;
import se.samverkan.strategy.StrategyDtos.NamedRef;
import se.samverkan.strategy.StrategyDtos.PhaseDto;
import se.samverkan.strategy.StrategyDtos.PhasePermissions;

/** Entity → DTO, and the history snapshots. */
public final class StrategyMapper {

    private StrategyMapper() {}

    static AgreementRef agreement(Agreement agreement) {
        return new AgreementRef(agreement.id, agreement.title);
    }

    static GoalAreaRef goalArea(GoalArea goalArea) {
        return goalArea == null ? null : new GoalAreaRef(goalArea.id, goalArea.number, goalArea.title);
    }

    static OrganisationReference organisation(Organisation organisation) {
        return organisation == null ? null : new OrganisationReference(organisation.id, organisation.name);
    }

    static PhaseDto phase(
            StrategyPhase p,
            PhasePermissions permissions,
            java.util.Map<java.util.UUID, se.samverkan.common.decision.DecisionDirectory.DecisionRef> decisions) {
        return new PhaseDto(
                p.id,
                p.agreement.id,
                p.position,
                p.name,
                p.description,
                p.goal,
                p.plannedStart,
                p.plannedEnd,
                p.actualStart,
                p.actualEnd,
                p.status,
                se.samverkan.common.decision.DecisionLinkDto.of(
                        p.completionDecisionId == null ? null : decisions.get(p.completionDecisionId)),
                p.ownerForum == null ? null : new ForumRef(p.ownerForum.id, p.ownerForum.name),
                organisation(p.ownerOrganisation),
                p.checkpoints.stream()
                        .map(c -> new CheckpointDto(c.text, c.done, c.doneOn))
                        .toList(),
                ProvenanceDto.of(p.provenance),
                p.version,
                p.updatedAt,
                p.updatedBy,
                permissions);
    }

    static AreaDto area(StrategyArea a, AreaPermissions permissions) {
        return new AreaDto(
                a.id,
                a.agreement.id,
                a.targetGroup,
                a.title,
                a.description,
                goalArea(a.goalArea),
                a.effect,
                a.feasibility,
                a.status,
                a.chosenOn,
                a.example,
                ProvenanceDto.of(a.provenance),
                a.version,
                a.updatedAt,
                a.updatedBy,
                permissions);
    }

    static GapFindingDto finding(GapFinding f, FindingPermissions permissions) {
        return new GapFindingDto(
                f.id,
                f.agreement.id,
                f.targetGroup,
                f.finding,
                f.source,
                f.foundOn,
                f.example,
                ProvenanceDto.of(f.provenance),
                f.version,
                f.updatedAt,
                f.updatedBy,
                permissions);
    }

    static ActivityDto activity(
            PlanActivity a,
            boolean overdue,
            Map<java.util.UUID, String> indicators,
            Map<java.util.UUID, String> projects,
            ActivityPermissions permissions) {
        return new ActivityDto(
                a.id,
                agreement(a.agreement),
                goalArea(a.goalArea),
                a.area == null ? null : new NamedRef(a.area.id, a.area.title),
                a.title,
                a.description,
                organisation(a.owner),
                a.partners.stream().map(StrategyMapper::organisation).toList(),
                a.startsOn,
                a.dueOn,
                a.status,
                overdue,
                named(a.indicatorId, indicators),
                named(a.projectId, projects),
                ProvenanceDto.of(a.provenance),
                a.version,
                a.updatedAt,
                a.updatedBy,
                permissions);
    }

    private static NamedRef named(java.util.UUID id, Map<java.util.UUID, String> names) {
        return id == null || !names.containsKey(id) ? null : new NamedRef(id, names.get(id));
    }

    static Map<String, String> snapshot(StrategyPhase p) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("position", Integer.toString(p.position));
        s.put("name", p.name);
        s.put("description", p.description);
        s.put("goal", p.goal);
        s.put("plannedStart", date(p.plannedStart));
        s.put("plannedEnd", date(p.plannedEnd));
        s.put("actualStart", date(p.actualStart));
        s.put("actualEnd", date(p.actualEnd));
        s.put("status", p.status.name());
        s.put("completionDecisionId", p.completionDecisionId == null ? null : p.completionDecisionId.toString());
        s.put("ownerForum", p.ownerForum == null ? null : p.ownerForum.name);
        s.put("ownerOrganisation", p.ownerOrganisation == null ? null : p.ownerOrganisation.name);
        s.put(
                "checkpoints",
                p.checkpoints.stream()
                        .map(c -> (c.done ? "[x] " : "[ ] ") + c.text + (c.doneOn == null ? "" : " (" + c.doneOn + ")"))
                        .collect(Collectors.joining("; ")));
        return s;
    }

    static Map<String, String> snapshot(StrategyArea a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", a.title);
        s.put("description", a.description);
        s.put("targetGroup", a.targetGroup == null ? null : a.targetGroup.name());
        s.put("goalArea", a.goalArea == null ? null : a.goalArea.label());
        s.put("effect", Objects.toString(a.effect, null));
        s.put("feasibility", Objects.toString(a.feasibility, null));
        s.put("status", a.status.name());
        s.put("chosenOn", date(a.chosenOn));
        s.put("example", Boolean.toString(a.example));
        return s;
    }

    static Map<String, String> snapshot(GapFinding f) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("targetGroup", f.targetGroup.name());
        s.put("finding", f.finding);
        s.put("source", f.source);
        s.put("foundOn", date(f.foundOn));
        s.put("example", Boolean.toString(f.example));
        return s;
    }

    static Map<String, String> snapshot(PlanActivity a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", a.title);
        s.put("description", a.description);
        s.put("goalArea", a.goalArea == null ? null : a.goalArea.label());
        s.put("area", a.area == null ? null : a.area.title);
        s.put("owner", a.owner.name);
        s.put("partners", a.partners.stream().map(o -> o.name).collect(Collectors.joining(", ")));
        s.put("startsOn", date(a.startsOn));
        s.put("dueOn", date(a.dueOn));
        s.put("status", a.status.name());
        s.put("indicatorId", Objects.toString(a.indicatorId, null));
        s.put("projectId", Objects.toString(a.projectId, null));
        return s;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
