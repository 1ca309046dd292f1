package se.samverkan.funding;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverkan.agreement.AgreementHistoryVisibility;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.LegalReferenceDto;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.funding.FundingDtos.BudgetLineDto;
import se.samverkan.funding.FundingDtos.CallRef;
import se.samverkan.funding.FundingDtos.ProgrammeDto;
import se.samverkan.funding.FundingDtos.ProgrammeRef;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationReference;

/** Entities to read models and history snapshots. */
final class FundingMapper {

    private FundingMapper() {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static OrganisationReference organisation(Organisation o) {
        return o == null ? null : new OrganisationReference(o.id, o.name);
    }

    static ProgrammeRef ref(FundingProgramme p) {
        return p == null ? null : new ProgrammeRef(p.id, p.kind, p.name);
    }

    static CallRef ref(FundingCall c) {
        return new CallRef(c.id, c.title, c.year, c.countyCode(), ref(c.programme));
    }

    static ProgrammeDto programme(FundingProgramme p, boolean canUpdate) {
        return new ProgrammeDto(
                p.id,
                p.kind,
                p.name,
                p.description,
                p.sfsNumber == null ? null : new LegalReferenceDto(p.sfsNumber, p.legalTitle),
                p.managingAuthority,
                p.version,
                p.createdAt,
                p.createdBy,
                p.updatedAt,
                p.updatedBy,
                canUpdate,
                ProvenanceDto.of(p.provenance));
    }

    static BudgetLineDto budgetLine(BudgetLine b) {
        return new BudgetLineDto(ref(b.programme), b.source, b.year, Money.format(b.amount));
    }

    /** Sum of the stated amounts, exact. */
    static BigDecimal total(List<BudgetLine> budget) {
        return budget.stream().map(b -> b.amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Map<String, String> programmeSnapshot(FundingProgramme p) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("kind", p.kind.name());
        s.put("name", p.name);
        s.put("description", p.description);
        s.put(
                "legalBasis",
                p.sfsNumber == null ? null : p.sfsNumber + (p.legalTitle == null ? "" : " " + p.legalTitle));
        s.put("managingAuthority", p.managingAuthority);
        return s;
    }

    static Map<String, String> callSnapshot(FundingCall c) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("programme", c.programme.name);
        s.put("countyCode", c.countyCode());
        s.put("year", String.valueOf(c.year));
        s.put("title", c.title);
        s.put("description", c.description);
        s.put("startsOn", Objects.toString(c.startsOn, null));
        s.put("endsOn", Objects.toString(c.endsOn, null));
        s.put("deadline", Objects.toString(c.deadline, null));
        s.put("budget", Money.format(c.budget));
        s.put("strategyWeight", c.strategyWeight);
        s.put("status", c.status.name());
        s.put(
                "priorities",
                c.priorities.stream()
                        .map(p -> p.text + goalAreas(p.goalAreas) + targetGroups(p.targetGroups))
                        .collect(Collectors.joining(" | ")));
        return s;
    }

    static Map<String, String> applicationSnapshot(FundingApplication a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("applicant", a.applicant.name);
        s.put("coApplicants", a.coApplicants.stream().map(o -> o.name).collect(Collectors.joining(", ")));
        s.put("projectName", a.projectName);
        s.put("description", a.description);
        s.put("amountApplied", Money.format(a.amountApplied));
        s.put("startsOn", Objects.toString(a.startsOn, null));
        s.put("endsOn", Objects.toString(a.endsOn, null));
        s.put("goalAreas", goalAreas(a.goalAreas));
        s.put("strategies", strategies(a.strategies));
        s.put("targetGroups", targetGroups(a.targetGroups));
        s.putAll(applicationStatusSnapshot(a));
        return s;
    }

    static Map<String, String> applicationStatusSnapshot(FundingApplication a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("status", a.status.name());
        s.put("amountGranted", Money.format(a.amountGranted));
        s.put("decidedOn", Objects.toString(a.decidedOn, null));
        s.put("caseNumber", a.caseNumber);
        s.put("decisionReason", a.decisionReason);
        return s;
    }

    static Map<String, String> projectSnapshot(FundingProject p) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", p.name);
        s.put("description", p.description);
        s.put("countyCode", p.countyCode());
        s.put("owner", p.owner == null ? null : p.owner.name);
        s.put("partners", p.partners.stream().map(o -> o.name).collect(Collectors.joining(", ")));
        s.put("startsOn", Objects.toString(p.startsOn, null));
        s.put("endsOn", Objects.toString(p.endsOn, null));
        s.put("status", p.status.name());
        s.put("results", p.results);
        s.put(
                "budget",
                p.budget.stream()
                        .map(b -> (b.programme != null ? b.programme.name : b.source) + " " + b.year + ": "
                                + Objects.toString(Money.format(b.amount), "–"))
                        .collect(Collectors.joining(" | ")));
        s.put("goalAreas", goalAreas(p.goalAreas));
        s.put("strategies", strategies(p.strategies));
        s.put("targetGroups", targetGroups(p.targetGroups));
        return s;
    }

    static Map<String, String> accountSnapshot(FundingAccount a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("dueOn", a.dueOn.toString());
        s.put("status", a.status.name());
        s.put("spent", Money.format(a.spent));
        s.put("whatWasDone", a.whatWasDone);
        s.put("results", a.results);
        return s;
    }

    /** Goal areas of an agreement the reader may not see show as "(not public)" in a history. */
    private static String goalAreas(Set<GoalArea> areas) {
        return areas.stream()
                .map(g -> ChangeRecorder.reference(AgreementHistoryVisibility.KIND, g.agreement.id, g.label()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static String strategies(Set<StrategyLink> links) {
        return links.stream().map(l -> l.goalAreaId + "#" + l.position).sorted().collect(Collectors.joining(", "));
    }

    private static String targetGroups(Set<TargetGroup> groups) {
        return groups.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
