package se.samverkan.forum;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.agreement.AgreementHistoryVisibility;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.forum.ForumDtos.ForumDto;
import se.samverkan.forum.ForumDtos.ForumLink;
import se.samverkan.forum.ForumDtos.ForumRef;
import se.samverkan.forum.ForumDtos.ForumSummary;
import se.samverkan.forum.ForumDtos.GoalAreaRef;
import se.samverkan.forum.ForumDtos.MemberDto;
import se.samverkan.forum.ForumDtos.MunicipalityRef;
import se.samverkan.forum.ForumDtos.Permissions;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationReference;

/** Entities to read models and to the printable snapshots the history compares; shared by the forum sub-features. */
public final class ForumMapper {

    private ForumMapper() {}

    public static ForumRef ref(Forum f) {
        return f == null ? null : new ForumRef(f.id, f.name, f.kind, f.level);
    }

    public static ForumLink link(Forum f, ForumRelation relation) {
        return f == null ? null : new ForumLink(f.id, f.name, f.kind, f.level, relation);
    }

    public static OrganisationReference organisation(Organisation o) {
        return o == null ? null : new OrganisationReference(o.id, o.name);
    }

    public static AgreementRef agreement(Agreement a) {
        return a == null ? null : new AgreementRef(a.id, a.title, a.kind, a.firstYear, a.lastYear, a.status);
    }

    public static GoalAreaRef goalArea(GoalArea g) {
        return g == null ? null : new GoalAreaRef(g.id, g.agreement.id, g.number, g.title);
    }

    static ForumSummary summary(Forum f, LocalDate today) {
        return new ForumSummary(
                f.id,
                f.name,
                f.kind,
                f.level,
                f.countyCode(),
                f.county == null ? null : f.county.name,
                organisation(f.convener),
                link(f.parent, f.parentRelation),
                f.meetingsPerYear,
                f.endsOn,
                f.isActive(today));
    }

    static MemberDto member(ForumMember m) {
        return new MemberDto(
                m.id,
                organisation(m.organisation),
                m.organisation == null ? null : m.organisation.type.name(),
                m.collectiveName,
                m.role,
                m.description,
                m.representatives.stream()
                        .map(r -> new RepresentativeDto(r.name, r.title, r.substitute))
                        .toList(),
                m.version,
                ProvenanceDto.of(m.provenance));
    }

    static ForumDto details(
            Forum f,
            List<ForumLink> linkedFrom,
            List<AgreementRef> agreements,
            Permissions permissions,
            LocalDate today) {
        return new ForumDto(
                f.id,
                f.name,
                f.kind,
                f.level,
                f.countyCode(),
                f.county == null ? null : f.county.name,
                organisation(f.convener),
                f.chair,
                f.description,
                f.meetingsPerYear,
                f.invitedAsNeeded,
                link(f.parent, f.parentRelation),
                f.endsOn,
                f.isActive(today),
                List.copyOf(f.mandate),
                List.copyOf(f.purposes),
                f.members.stream().map(ForumMapper::member).toList(),
                f.municipalities.stream()
                        .map(m -> new MunicipalityRef(m.code, m.name))
                        .toList(),
                linkedFrom,
                agreements,
                f.version,
                f.createdAt,
                f.createdBy,
                f.updatedAt,
                f.updatedBy,
                permissions,
                ProvenanceDto.of(f.provenance));
    }

    // ---- snapshots for the history: field → printable value --------------------------------------

    /** An agreement's title in a history, shown only to those who may see the agreement (a draft stays hidden). */
    public static String agreementName(Agreement a) {
        return a == null ? null : ChangeRecorder.reference(AgreementHistoryVisibility.KIND, a.id, a.title);
    }

    /** A goal area "number title" in a history, as visible as its agreement. */
    public static String goalAreaName(GoalArea g) {
        return g == null ? null : ChangeRecorder.reference(AgreementHistoryVisibility.KIND, g.agreement.id, g.label());
    }

    static Map<String, String> snapshot(Forum f) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", f.name);
        s.put("kind", f.kind.name());
        s.put("level", f.level.name());
        s.put("county", f.county == null ? null : f.county.name);
        s.put("convener", f.convener == null ? null : f.convener.name);
        s.put("chair", f.chair);
        s.put("description", f.description);
        s.put("meetingsPerYear", f.meetingsPerYear == null ? null : f.meetingsPerYear.toString());
        s.put("invitedAsNeeded", f.invitedAsNeeded);
        s.put("mandate", numbered(f.mandate));
        s.put("purposes", numbered(f.purposes));
        s.put("parentForum", f.parent == null ? null : f.parentRelation + " " + f.parent.name);
        s.put("endsOn", text(f.endsOn));
        s.put(
                "agreements",
                joined(f.agreements.stream()
                        .sorted(java.util.Comparator.comparing((Agreement a) -> a.title))
                        .map(ForumMapper::agreementName)
                        .toList()));
        return s;
    }

    static Map<String, String> snapshot(ForumMember m) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("organisation", m.organisation == null ? m.collectiveName : m.organisation.name);
        s.put("role", text(m.role));
        s.put("description", m.description);
        s.put(
                "representatives",
                joined(m.representatives.stream()
                        .map(r -> r.name
                                + (r.title == null ? "" : ", " + r.title)
                                + (r.substitute ? " (substitute)" : ""))
                        .toList()));
        return s;
    }

    /** "1. first\n2. second", or null when empty. */
    public static String numbered(List<String> items) {
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
        }
        return text.toString();
    }

    /** The present values joined with "; ", or null when none. */
    public static String joined(List<String> values) {
        List<String> present = values.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : String.join("; ", present);
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
