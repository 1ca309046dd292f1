package se.samverkan.forum;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.Level;
import se.samverkan.common.http.KeptJson;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.forum.ForumDtos.ForumDto;
import se.samverkan.forum.ForumDtos.ForumPage;
import se.samverkan.forum.ForumDtos.Structure;
import se.samverkan.forum.ForumDtos.StructureLevel;
import se.samverkan.forum.ForumDtos.StructureLink;
import se.samverkan.forum.ForumDtos.StructureNode;
import se.samverkan.forum.ForumDtos.StructureWorkingGroup;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationReference;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.reference.County;
import se.samverkan.reference.CountyRepository;

/** Forums and the cooperation structure of a county. Members are in {@link ForumMemberService}; meetings, action
 * items and status reports have their own services. */
@ApplicationScoped
public class ForumService {

    /** History subject of a forum and its members. */
    public static final String SUBJECT = "FORUM";

    @Inject
    Clock clock;

    @Inject
    ForumRepository forums;

    @Inject
    CountyRepository counties;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementPolicy agreementPolicy;

    @Inject
    ForumPolicy policy;

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    @Inject
    AuditedChanges changes;

    private static final Audit<Forum> FORUM =
            new Audit<>(f -> new ChangeRecorder.Subject(SUBJECT, f.id, "FORUM", f.id), ForumMapper::snapshot);

    private LocalDate today() {
        return Clocks.today(clock);
    }

    @ReadOnly
    @Transactional
    public ForumPage list(ForumRepository.Filter filter, int page, int size) {
        counties.requireKnown(filter.countyCode(), "county");
        LocalDate today = today();
        var items = forums.search(filter, page, size).stream()
                .map(f -> ForumMapper.summary(f, today))
                .toList();
        return new ForumPage(items, forums.count(filter), page, size);
    }

    @ReadOnly
    @Transactional
    public ForumDto get(UUID id) {
        return details(
                forums.findWithMembers(id).orElseThrow(() -> ProblemException.notFound(text("forum.not-found", id))));
    }

    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        find(id);
        return history.history(SUBJECT, id);
    }

    /**
     * "Figur 1": the county's forums by level, the national forums they link to or its agreements name, their links and
     * working groups. Rows, not entities: the forums and their member organisations (two statements; the county's name is
     * kept).
     */
    @Inject
    KeptJson kept;

    /** What a kept structure depends on besides the data: the county, the caller's one flag and today (working groups). */
    private record StructureKey(String countyCode, boolean canCreate, LocalDate today) {}

    /** {@link #structure} with its JSON, kept while nothing it shows changes (KeptJson). */
    public KeptJson.Json<Structure> structureJson(String countyCode) {
        return kept.read(() -> kept.get(
                new StructureKey(countyCode, policy.canCreateIn(countyCode), today()),
                kept.version(),
                () -> structure(countyCode)));
    }

    @ReadOnly
    @Transactional
    public Structure structure(String countyCode) {
        String countyName = counties.name(countyCode)
                .orElseThrow(() -> ProblemException.notFound(text("county.not-found", countyCode)));
        LocalDate today = today();
        List<ForumRepository.StructureRow> shown = forums.structureOf(countyCode);
        Map<UUID, List<OrganisationReference>> members = forums.memberOrganisations(
                shown.stream().map(ForumRepository.StructureRow::id).toList());
        Set<UUID> shownIds = new java.util.HashSet<>();
        Map<UUID, List<StructureWorkingGroup>> workingGroups = new LinkedHashMap<>();
        for (ForumRepository.StructureRow f : shown) {
            shownIds.add(f.id());
            if (f.kind() == ForumKind.WORKING_GROUP && f.parentId() != null) {
                workingGroups
                        .computeIfAbsent(f.parentId(), k -> new ArrayList<>())
                        .add(new StructureWorkingGroup(
                                f.id(),
                                f.name(),
                                f.parentRelation(),
                                f.endsOn(),
                                f.endsOn() == null || !f.endsOn().isBefore(today),
                                members.getOrDefault(f.id(), List.of())));
            }
        }
        List<StructureLevel> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            List<StructureNode> nodes = shown.stream()
                    .filter(f -> f.level() == level && f.kind() != ForumKind.WORKING_GROUP)
                    .sorted(Comparator.comparing(
                            (ForumRepository.StructureRow f) -> f.name().toLowerCase()))
                    .map(f -> new StructureNode(
                            f.id(),
                            f.name(),
                            f.kind(),
                            f.level(),
                            f.countyCode(),
                            f.convenerId() == null ? null : new OrganisationReference(f.convenerId(), f.convenerName()),
                            f.chair(),
                            f.meetingsPerYear(),
                            members.getOrDefault(f.id(), List.of()),
                            f.parentId() == null
                                    ? null
                                    : new ForumDtos.ForumLink(
                                            f.parentId(),
                                            f.parentName(),
                                            f.parentKind(),
                                            f.parentLevel(),
                                            f.parentRelation()),
                            workingGroups.getOrDefault(f.id(), List.of())))
                    .toList();
            levels.add(new StructureLevel(level, nodes));
        }
        List<StructureLink> links = shown.stream()
                .filter(f -> f.parentId() != null && shownIds.contains(f.parentId()))
                .map(f -> new StructureLink(f.id(), f.name(), f.parentId(), f.parentName(), f.parentRelation()))
                .toList();
        return new Structure(countyCode, countyName, levels, links, policy.canCreateIn(countyCode));
    }

    @Transactional
    public ForumDto create(ForumInput input) {
        County county = county(input);
        policy.assertCanCreateIn(county == null ? null : county.code);
        Forum forum = new Forum();
        forum.id = UUID.randomUUID();
        apply(forum, input, county);
        changes.create(FORUM, forum, "Created forum " + forum.name);
        return details(forum);
    }

    @Transactional
    public ForumDto update(UUID id, String ifMatch, ForumInput input) {
        Forum forum = findManageable(id);
        changes.update(
                FORUM,
                forum,
                ifMatch,
                f -> {
                    County county = county(input);
                    String countyCode = county == null ? null : county.code;
                    if (!java.util.Objects.equals(countyCode, f.countyCode())) {
                        policy.assertCanCreateIn(countyCode);
                    }
                    apply(f, input, county);
                },
                f -> "Updated forum " + f.name);
        return details(forum);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Forum forum = findManageable(id);
        changes.delete(
                FORUM,
                forum,
                ifMatch,
                f -> {
                    if (forums.isInUse(id)) {
                        throw ProblemException.ruleViolation("forum-in-use", text("forum.forum-in-use"));
                    }
                    f.members.forEach(em::remove);
                    forums.delete(f);
                },
                "Deleted forum " + forum.name);
    }

    // ---- shared with the meeting, action item and status report services ------------------------

    public Forum find(UUID id) {
        return forums.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(text("forum.not-found", id)));
    }

    public Forum findManageable(UUID id) {
        Forum forum = find(id);
        policy.assertCanManage(forum);
        return forum;
    }

    /** True when the forum is in the other's county, or national. */
    public static boolean inSameCountyOrNational(Forum forum, Forum other) {
        return forum.county == null || java.util.Objects.equals(forum.countyCode(), other.countyCode());
    }

    private ForumDto details(Forum forum) {
        var linkedFrom = forums.linkedTo(forum.id).stream()
                .map(f -> ForumMapper.link(f, f.parentRelation))
                .toList();
        var linkedAgreements = forum.agreements.stream()
                .filter(agreementPolicy::canRead)
                .sorted(Comparator.comparing((Agreement a) -> a.firstYear).thenComparing(a -> a.title))
                .map(ForumMapper::agreement)
                .toList();
        boolean manage = policy.canManage(forum);
        var permissions = new ForumDtos.Permissions(manage, manage, manage, manage, policy.canReadInternal(forum));
        return ForumMapper.details(forum, linkedFrom, linkedAgreements, permissions, today());
    }

    /** The county the input names: none for a national forum, one that exists for every other level. */
    private County county(ForumInput input) {
        if (input.level() == Level.NATIONAL) {
            if (input.countyCode() != null) {
                throw ProblemException.invalid("countyCode", text("forum.national-forum-no-county"));
            }
            return null;
        }
        if (input.countyCode() == null) {
            throw ProblemException.invalid("countyCode", text("forum.required-unless-level-national"));
        }
        return counties.require(input.countyCode(), "countyCode");
    }

    private void apply(Forum forum, ForumInput input, County county) {
        FieldViolations violations = new FieldViolations();
        Organisation convener = null;
        if (input.convenerOrganisationId() != null) {
            convener = organisations.findById(input.convenerOrganisationId());
            if (convener == null) {
                violations.add(
                        "convenerOrganisationId", text("common.no-organisation-id", input.convenerOrganisationId()));
            }
        }
        Forum candidate = new Forum();
        candidate.level = input.level();
        candidate.county = county;
        Forum parent = parent(forum, input, candidate, violations);
        if (input.kind() != ForumKind.WORKING_GROUP && input.endsOn() != null) {
            violations.add("endsOn", text("forum.only-working-group-end-date"));
        }
        checkLinkedForums(forum, input, candidate, violations);
        Set<Agreement> linked = linkedAgreements(input, county, violations);
        violations.throwIfAny();
        forum.name = input.name().trim();
        forum.kind = input.kind();
        forum.level = input.level();
        forum.county = county;
        forum.convener = convener;
        forum.chair = ForumMapper.blankToNull(input.chair());
        forum.description = ForumMapper.blankToNull(input.description());
        forum.meetingsPerYear = input.meetingsPerYear();
        forum.invitedAsNeeded = ForumMapper.blankToNull(input.invitedAsNeeded());
        forum.parent = parent;
        forum.parentRelation = parent == null ? null : input.parentRelation();
        forum.endsOn = input.endsOn();
        forum.mandate.clear();
        if (input.mandate() != null) {
            input.mandate().forEach(point -> forum.mandate.add(point.trim()));
        }
        forum.purposes.clear();
        if (input.purposes() != null) {
            input.purposes().forEach(point -> forum.purposes.add(point.trim()));
        }
        forum.agreements.clear();
        forum.agreements.addAll(linked);
    }

    private Forum parent(Forum forum, ForumInput input, Forum candidate, FieldViolations violations) {
        if (input.parentForumId() == null) {
            if (input.parentRelation() != null) {
                violations.add("parentRelation", text("forum.given-parentforumid"));
            }
            if (input.kind() == ForumKind.WORKING_GROUP) {
                violations.add("parentForumId", text("forum.required-working-group"));
            }
            return null;
        }
        if (input.parentRelation() == null) {
            violations.add("parentRelation", text("forum.required-parentforumid"));
        }
        Forum parent = forums.findById(input.parentForumId());
        if (parent == null) {
            violations.add("parentForumId", text("forum.no-forum-id", input.parentForumId()));
        } else if (forums.wouldCreateCycle(forum.id, parent)) {
            violations.add("parentForumId", text("forum.forum-cannot-prepare-itself-forum"));
        } else if (parent.kind == ForumKind.WORKING_GROUP) {
            violations.add("parentForumId", text("forum.forum-network-not-working-group"));
        } else if (!inSameCountyOrNational(parent, candidate)) {
            violations.add("parentForumId", text("forum.forum-same-county-national-forum"));
        } else if (candidate.isAbove(parent)) {
            violations.add("parentForumId", text("forum.same-higher-level", input.level()));
        }
        return parent;
    }

    /** A change of level, county or kind must keep the forums that prepare for this one consistent. */
    private void checkLinkedForums(Forum forum, ForumInput input, Forum candidate, FieldViolations violations) {
        if (forum.createdAt == null) {
            return;
        }
        for (Forum child : forums.linkedTo(forum.id)) {
            if (child.isAbove(candidate)) {
                violations.add("level", text("forum.prepares-reports-forum-higher-level", child.name));
                return;
            }
            if (!inSameCountyOrNational(candidate, child)) {
                violations.add(
                        "countyCode", text("forum.prepares-reports-forum-from-county", child.name, child.countyCode()));
                return;
            }
            if (input.kind() == ForumKind.WORKING_GROUP) {
                violations.add("kind", text("forum.forum-others-prepare-report-cannot"));
                return;
            }
        }
    }

    private Set<Agreement> linkedAgreements(ForumInput input, County county, FieldViolations violations) {
        Set<Agreement> linked = new LinkedHashSet<>();
        if (input.agreementIds() == null) {
            return linked;
        }
        for (UUID agreementId : input.agreementIds()) {
            Agreement agreement = agreements.findById(agreementId);
            if (agreement == null || !agreementPolicy.canRead(agreement)) {
                violations.add("agreementIds", text("common.no-agreement-id", agreementId));
            } else if (county != null && !agreement.countyCode().equals(county.code)) {
                violations.add("agreementIds", text("forum.not-agreement-of-county", agreement.title, county.code));
            } else {
                linked.add(agreement);
            }
        }
        return linked;
    }
}
