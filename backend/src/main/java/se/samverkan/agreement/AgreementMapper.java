package se.samverkan.agreement;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.agreement.AgreementDtos.AgreementSummary;
import se.samverkan.agreement.AgreementDtos.GoalAreaDto;
import se.samverkan.agreement.AgreementDtos.PartyDto;
import se.samverkan.agreement.AgreementDtos.Permissions;
import se.samverkan.agreement.AgreementDtos.PriorityDto;
import se.samverkan.agreement.AgreementDtos.ResponsibilityDto;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationReference;

/** Entities to read models, and to the printable snapshots the history compares. */
final class AgreementMapper {

    /** Goal area numbers in document order: 3.2 before 3.10. */
    static final Comparator<String> BY_NUMBER = GoalAreaNumbers.DOCUMENT_ORDER;

    private AgreementMapper() {}

    static AgreementRef ref(Agreement a) {
        return a == null ? null : new AgreementRef(a.id, a.title, a.kind, a.firstYear, a.lastYear, a.status);
    }

    static AgreementSummary summary(Agreement a) {
        return new AgreementSummary(
                a.id,
                a.kind,
                a.title,
                a.county.code,
                a.county.name,
                a.municipality == null ? null : a.municipality.code,
                a.municipality == null ? null : a.municipality.name,
                a.firstYear,
                a.lastYear,
                a.status,
                a.adoptedOn,
                a.reportNumber,
                a.updatedAt);
    }

    static AgreementDto details(
            Agreement a,
            List<AgreementRef> supersededBy,
            List<AgreementRef> localAgreements,
            Permissions permissions,
            PriorityLinks links) {
        List<PartyDto> parties = a.parties.stream().map(AgreementMapper::party).toList();
        List<GoalAreaDto> goalAreas = a.goalAreas.stream()
                .sorted(Comparator.comparing((GoalArea g) -> g.number, Comparator.nullsLast(BY_NUMBER)))
                .map(g -> goalArea(g, a.parties, links))
                .toList();
        return new AgreementDto(
                a.id,
                a.kind,
                a.title,
                a.county.code,
                a.county.name,
                a.municipality == null ? null : a.municipality.code,
                a.municipality == null ? null : a.municipality.name,
                a.firstYear,
                a.lastYear,
                a.purpose,
                a.background,
                a.reportNumber,
                a.caseNumber,
                a.status,
                a.adoptedOn,
                se.samverkan.common.decision.DecisionLinkDto.of(
                        a.adoptionDecisionId == null ? null : links.decisions().get(a.adoptionDecisionId)),
                a.legalBasis.stream()
                        .map(l -> new LegalReferenceDto(l.sfsNumber, l.title))
                        .toList(),
                new TreeSet<>(a.targetGroups),
                new TreeSet<>(a.perspectives),
                ref(a.parent),
                ref(a.supersedes),
                supersededBy,
                localAgreements,
                parties,
                goalAreas,
                a.version,
                a.createdAt,
                a.createdBy,
                a.updatedAt,
                a.updatedBy,
                permissions,
                ProvenanceDto.of(a.provenance));
    }

    /** A kept document with what depends on the caller: the linked agreements they may see, their permissions. */
    static AgreementDto forCaller(
            AgreementDto d,
            List<AgreementRef> supersededBy,
            List<AgreementRef> localAgreements,
            Permissions permissions) {
        return new AgreementDto(
                d.id(),
                d.kind(),
                d.title(),
                d.countyCode(),
                d.countyName(),
                d.municipalityCode(),
                d.municipalityName(),
                d.firstYear(),
                d.lastYear(),
                d.purpose(),
                d.background(),
                d.reportNumber(),
                d.caseNumber(),
                d.status(),
                d.adoptedOn(),
                d.adoptionDecision(),
                d.legalBasis(),
                d.targetGroups(),
                d.perspectives(),
                d.parent(),
                d.supersedes(),
                supersededBy,
                localAgreements,
                d.parties(),
                d.goalAreas(),
                d.version(),
                d.createdAt(),
                d.createdBy(),
                d.updatedAt(),
                d.updatedBy(),
                permissions,
                d.provenance());
    }

    static PartyDto party(AgreementParty p) {
        return new PartyDto(
                p.id,
                organisation(p.organisation),
                p.organisation.type.name(),
                p.role,
                p.signatories.stream()
                        .map(s -> new SignatoryDto(s.name, s.title))
                        .toList(),
                p.signedOn,
                p.version,
                ProvenanceDto.of(p.provenance));
    }

    static GoalAreaDto goalArea(GoalArea g, List<AgreementParty> parties, PriorityLinks links) {
        Set<Object> named = g.responsibilities.stream()
                .filter(r -> r.organisation != null)
                .map(r -> r.organisation.id)
                .collect(Collectors.toSet());
        List<OrganisationReference> otherSignatories = parties.stream()
                .filter(p -> p.role == PartyRole.SIGNATORY && !named.contains(p.organisation.id))
                .map(p -> organisation(p.organisation))
                .toList();
        List<ResponsibilityDto> responsibilities = g.responsibilities.stream()
                .map(r -> new ResponsibilityDto(
                        r.id,
                        organisation(r.organisation),
                        r.allOtherSignatories,
                        r.allOtherSignatories
                                ? otherSignatories
                                : r.organisation == null ? List.of() : List.of(organisation(r.organisation)),
                        r.collectiveParty,
                        r.qualifier,
                        r.projectId,
                        r.kind,
                        r.level,
                        r.version,
                        ProvenanceDto.of(r.provenance)))
                .toList();
        return new GoalAreaDto(
                g.id,
                g.kind,
                g.number,
                g.title,
                g.goal,
                List.copyOf(g.strategies),
                new TreeSet<>(g.targetGroups),
                responsibilities,
                g.priorities.stream().map(p -> priority(p, links)).toList(),
                g.version,
                ProvenanceDto.of(g.provenance),
                g.answersTo == null
                        ? null
                        : new AgreementDtos.AnswersToDto(
                                g.answersTo.id, g.answersTo.agreement.id, g.answersTo.number, g.answersTo.title));
    }

    static PriorityDto priority(YearlyPriority p, PriorityLinks links) {
        var forum = p.proposedByForumId == null ? null : links.forums().get(p.proposedByForumId);
        var decision = p.decisionId == null ? null : links.decisions().get(p.decisionId);
        return new PriorityDto(
                p.id,
                p.year,
                p.status,
                forum == null ? null : new AgreementDtos.PriorityForumDto(forum.id(), forum.name()),
                se.samverkan.common.decision.DecisionLinkDto.of(decision),
                p.decidedBy,
                p.decidedOn,
                List.copyOf(p.points),
                p.version,
                ProvenanceDto.of(p.provenance));
    }

    static OrganisationReference organisation(Organisation o) {
        return o == null ? null : new OrganisationReference(o.id, o.name);
    }

    // ---- snapshots for the history: field → printable value --------------------------------------

    static Map<String, String> snapshot(Agreement a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("kind", a.kind.name());
        s.put("title", a.title);
        s.put("county", a.county.name);
        s.put("municipality", a.municipality == null ? null : a.municipality.name);
        s.put("period", a.firstYear + "–" + a.lastYear);
        s.put("purpose", a.purpose);
        s.put("background", a.background);
        s.put("reportNumber", a.reportNumber);
        s.put("caseNumber", a.caseNumber);
        s.put(
                "legalBasis",
                joinOrNull(a.legalBasis.stream()
                        .map(l -> l.title == null ? "SFS " + l.sfsNumber : "SFS " + l.sfsNumber + " " + l.title)
                        .toList()));
        s.put(
                "targetGroups",
                joinOrNull(a.targetGroups.stream().map(Enum::name).sorted().toList()));
        s.put(
                "perspectives",
                joinOrNull(a.perspectives.stream().map(Enum::name).sorted().toList()));
        s.put("parentAgreement", a.parent == null ? null : a.parent.title);
        s.put("supersedes", a.supersedes == null ? null : a.supersedes.title);
        return s;
    }

    static Map<String, String> statusSnapshot(Agreement a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("status", a.status.name());
        s.put("adoptedOn", a.adoptedOn == null ? null : a.adoptedOn.toString());
        return s;
    }

    static Map<String, String> snapshot(AgreementParty p) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("organisation", p.organisation.name);
        s.put("role", p.role.name());
        s.put(
                "signatories",
                joinOrNull(p.signatories.stream()
                        .map(x -> x.title == null ? x.name : x.name + ", " + x.title)
                        .toList()));
        s.put("signedOn", p.signedOn == null ? null : p.signedOn.toString());
        return s;
    }

    static Map<String, String> snapshot(GoalArea g) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("number", g.number);
        s.put("title", g.title);
        s.put("goal", g.goal);
        s.put("strategies", numbered(g.strategies));
        s.put(
                "targetGroups",
                joinOrNull(g.targetGroups.stream().map(Enum::name).sorted().toList()));
        return s;
    }

    static Map<String, String> snapshot(Responsibility r) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(
                "organisation",
                r.allOtherSignatories
                        ? "övriga undertecknande parter"
                        : r.organisation == null ? r.collectiveParty : r.organisation.name);
        s.put("kind", r.kind.name());
        s.put("level", r.level == null ? null : r.level.name());
        s.put("qualifier", r.qualifier);
        return s;
    }

    static Map<String, String> snapshot(YearlyPriority p) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("year", Integer.toString(p.year));
        s.put("status", p.status == null ? null : p.status.name());
        s.put("proposedByForumId", p.proposedByForumId == null ? null : p.proposedByForumId.toString());
        s.put("decisionId", p.decisionId == null ? null : p.decisionId.toString());
        s.put("points", numbered(p.points));
        s.put("decidedBy", p.decidedBy);
        s.put("decidedOn", p.decidedOn == null ? null : p.decidedOn.toString());
        return s;
    }

    private static String numbered(List<String> items) {
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(items.get(i));
            if (i < items.size() - 1) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String joinOrNull(List<String> values) {
        List<String> present = values.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : String.join("; ", present);
    }
}
