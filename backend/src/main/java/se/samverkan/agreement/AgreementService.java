package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.agreement.AgreementDtos.AgreementPage;
import se.samverkan.common.http.KeptJson;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryReads;
import se.samverkan.reference.County;
import se.samverkan.reference.CountyRepository;
import se.samverkan.reference.Municipality;
import se.samverkan.reference.MunicipalityRepository;

/** Agreements as documents: their own fields, lifecycle, history and search. Parts: {@link AgreementContentService}. */
@ApplicationScoped
public class AgreementService extends HistoryReads {

    public static final String SUBJECT = "AGREEMENT";

    static final Audit<Agreement> AGREEMENT =
            new Audit<>(a -> new ChangeRecorder.Subject(SUBJECT, a.id, SUBJECT, a.id), AgreementMapper::snapshot);
    private static final Audit<Agreement> STATUS = AGREEMENT.showing(AgreementMapper::statusSnapshot);

    @Inject
    se.samverkan.notification.Announcements announcements;

    @Inject
    AuditedChanges changes;

    @Inject
    Clock clock;

    @Inject
    AgreementRepository agreements;

    @Inject
    CountyRepository counties;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AgreementPolicy policy;

    @Inject
    AgreementDocuments documents;

    @Inject
    se.samverkan.common.decision.DecisionDirectory directory;

    @Inject
    KeptJson kept;

    @Inject
    se.samverkan.organisation.CallerOrganisation callerOrganisation;

    public AgreementService() {
        super(SUBJECT);
    }

    /**
     * What a kept page of the agreement list depends on besides the data: its filter, sort, paging and the caller's
     * visibility. The data are agreement rows, their parties, goal areas, target groups and county and municipality
     * names, all of which advance the document counter (change_counter, V41; V9, V32) when they change.
     */
    private record PageKey(
            AgreementRepository.Filter filter,
            AgreementPolicy.Visibility visibility,
            AgreementRepository.SortOrder sort,
            int page,
            int size) {}

    /**
     * A page of the list with its JSON, kept while the document counter stands still (KeptJson): a repeated list or search
     * (the public lists most of all) costs one statement, no ranking and no serialising.
     */
    public KeptJson.Json<AgreementPage> list(
            AgreementRepository.Filter filter, AgreementRepository.SortOrder sort, int page, int size) {
        return kept.read(() -> {
            counties.requireKnown(filter.countyCode(), "county");
            AgreementPolicy.Visibility visibility = policy.visibility();
            return kept.get(
                    new PageKey(filter, visibility, sort, page, size),
                    kept.version().documents(),
                    () -> {
                        var found = agreements.searchSummaries(filter, visibility, sort, page, size);
                        return new AgreementPage(found.items(), found.total(), page, size);
                    });
        });
    }

    @ReadOnly
    @Transactional
    public AgreementDto get(UUID id) {
        return document(id).document();
    }

    /** The document as the caller sees it, with its JSON kept while nothing it shows changes (AgreementDocuments). */
    @ReadOnly
    @Transactional
    AgreementDocuments.Rendered document(UUID id) {
        long change = documents.currentChange();
        AgreementDto document = documents.get(id, change);
        if (document == null) {
            Agreement agreement = agreements
                    .findDocument(id)
                    .orElseThrow(() -> ProblemException.notFound(text("agreement.not-found", id)));
            document = AgreementMapper.details(
                    agreement, List.of(), List.of(), null, PriorityLinks.of(directory, agreement));
            documents.keep(id, change, document);
        }
        if (!policy.canRead(document)) {
            throw ProblemException.notFound(text("agreement.not-found", id));
        }
        AgreementPolicy.Visibility visibility = policy.visibility();
        AgreementDtos.Permissions permissions = policy.permissions(
                document.id(),
                document.status(),
                document.countyCode(),
                document.lastYear(),
                document.kind(),
                document.municipalityCode(),
                callerIsParty(document));
        AgreementDto kept = document;
        return documents.view(
                id,
                change,
                new AgreementDocuments.View(visibility, permissions),
                () -> AgreementMapper.forCaller(
                        kept,
                        agreements.linkedRefs("revisions", id, visibility),
                        agreements.linkedRefs("locals", id, visibility),
                        permissions));
    }

    private boolean callerIsParty(AgreementDto document) {
        return callerOrganisation
                .id()
                .map(organisation -> document.parties().stream()
                        .anyMatch(p -> p.organisation().id().equals(organisation)))
                .orElse(false);
    }

    @Transactional
    public AgreementDto create(AgreementInput input) {
        requireCounty(input.countyCode());
        policy.assertCanCreate(
                input.countyCode(), input.kind(), input.municipalityCode(), input.parentAgreementId(), null);
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.status = AgreementStatus.DRAFT;
        apply(agreement, input);
        changes.create(AGREEMENT, agreement, "Created " + agreement.title);
        agreements.refreshSearchDocument(agreement.id);
        return details(agreement);
    }

    @Transactional
    public AgreementDto update(UUID id, String ifMatch, AgreementInput input) {
        Agreement agreement = findManageable(id);
        changes.update(
                AGREEMENT,
                agreement,
                ifMatch,
                a -> {
                    assertEditable(a);
                    if (!input.countyCode().equals(a.countyCode())
                            || input.kind() != a.kind
                            || !java.util.Objects.equals(
                                    input.municipalityCode(), a.municipality == null ? null : a.municipality.code)
                            || !java.util.Objects.equals(
                                    input.parentAgreementId(), a.parent == null ? null : a.parent.id)) {
                        requireCounty(input.countyCode());
                        policy.assertCanCreate(
                                input.countyCode(),
                                input.kind(),
                                input.municipalityCode(),
                                input.parentAgreementId(),
                                a.id);
                    }
                    apply(a, input);
                },
                a -> "Updated " + a.title);
        agreements.refreshSearchDocument(agreement.id);
        return details(agreement);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Agreement agreement = findManageable(id);
        changes.delete(
                AGREEMENT,
                agreement,
                ifMatch,
                a -> AgreementStatus.LIFECYCLE.check(a, AgreementStatus.Action.DELETE),
                a -> {
                    if (!agreements.revisionsOf(id).isEmpty()
                            || !agreements.localAgreementsUnder(id).isEmpty()) {
                        throw ProblemException.ruleViolation(
                                "referenced-agreement", text("agreement.referenced-agreement"));
                    }
                    try {
                        agreements.delete(a);
                        agreements.flush();
                    } catch (PersistenceException e) {
                        throw ProblemException.ruleViolation(
                                "referenced-agreement", text("agreement.referenced-elsewhere"));
                    }
                },
                "Deleted draft " + agreement.title);
    }

    /** The lifecycle: every step is explicit and checked; an illegal one is a 409 naming the rule. */
    @Transactional
    public AgreementDto changeStatus(UUID id, String ifMatch, StatusChangeInput input) {
        Agreement agreement = findManageable(id);
        AgreementStatus from = agreement.status;
        AgreementStatus to = input.status();
        changes.changeStatus(
                STATUS,
                agreement,
                ifMatch,
                a -> {
                    AgreementStatus.Action action = AgreementStatus.Action.toReach(to);
                    AgreementStatus.LIFECYCLE.check(a, action);
                    if (action == AgreementStatus.Action.ADOPT) {
                        adopt(a, input.adoptedOn());
                    } else if (action == AgreementStatus.Action.EXPIRE && !a.periodEnded(clock)) {
                        throw ProblemException.ruleViolation(
                                "expiry-after-period", text("agreement.expiry-after-period", a.lastYear));
                    }
                    a.status = to;
                },
                a -> "Status " + from + " → " + to);
        if (to == AgreementStatus.ADOPTED) {
            announcements.agreementAdopted(agreement.id);
        } else if (to == AgreementStatus.CONSULTATION) {
            announcements.agreementInConsultation(agreement.id);
        }
        return details(agreement);
    }

    /**
     * Adopts the agreement because a meeting decision says so: the same rules as a requested adoption, dated the day
     * of the meeting; no If-Match of its own (the decision is the request). Answers the agreement's title.
     */
    String adoptByDecision(UUID id, se.samverkan.common.decision.DecidingMeeting meeting, String field) {
        Agreement agreement = agreements
                .findByIdOptional(id)
                .filter(policy::canRead)
                .orElseThrow(() -> ProblemException.invalid(field, text("common.no-agreement-id", id)));
        policy.assertCanManage(agreement);
        AgreementStatus from = agreement.status;
        changes.unguarded(
                STATUS,
                ChangeRecorder.STATUS_CHANGED,
                agreement,
                a -> {
                    a.status = AgreementStatus.LIFECYCLE.next(a, AgreementStatus.Action.ADOPT);
                    adopt(a, meeting.date());
                    a.adoptionDecisionId = meeting.decisionId();
                },
                a -> "Status " + from + " → " + a.status + " by a meeting decision");
        announcements.agreementAdopted(agreement.id);
        return agreement.title;
    }

    /** What changed between this agreement and another of the same revision chain (either direction). */
    @ReadOnly
    @Transactional
    public AgreementComparison.ComparisonDto compare(UUID id, UUID otherId) {
        Agreement agreement = findReadable(id);
        Agreement other = agreements
                .findByIdOptional(otherId)
                .filter(policy::canRead)
                .orElseThrow(() -> ProblemException.invalid("with", text("common.no-agreement-id", otherId)));
        if (isRevisionOf(agreement, other)) {
            return AgreementComparison.compare(other, agreement);
        }
        if (isRevisionOf(other, agreement)) {
            return AgreementComparison.compare(agreement, other);
        }
        throw ProblemException.invalid("with", text("agreement.same-revision-chain-agreement"));
    }

    private static boolean isRevisionOf(Agreement newer, Agreement older) {
        List<UUID> seen = new ArrayList<>();
        for (Agreement current = newer.supersedes;
                current != null && !seen.contains(current.id);
                current = current.supersedes) {
            if (current.id.equals(older.id)) {
                return true;
            }
            seen.add(current.id);
        }
        return false;
    }

    /** Moves adopted agreements whose period has ended to EXPIRED; run daily and at start-up. */
    @Transactional
    public int expireEnded(ChangeRecorder.Actor actor) {
        List<Agreement> ended =
                agreements.adoptedEndedBefore(Clocks.today(clock).getYear());
        for (Agreement agreement : ended) {
            var before = AgreementMapper.statusSnapshot(agreement);
            agreement.status = AgreementStatus.EXPIRED;
            agreement.stampUpdated(actor.name(), Clocks.now(clock));
            history.recordAs(
                    actor,
                    new ChangeRecorder.Subject(SUBJECT, agreement.id, SUBJECT, agreement.id),
                    ChangeRecorder.STATUS_CHANGED,
                    "Period ended: status ADOPTED → EXPIRED",
                    before,
                    AgreementMapper.statusSnapshot(agreement));
        }
        return ended.size();
    }

    private void adopt(Agreement agreement, LocalDate adoptedOn) {
        if (agreement.parties.size() < 2) {
            throw ProblemException.ruleViolation(
                    "adoption-needs-two-parties",
                    text("agreement.adoption-needs-two-parties", agreement.parties.size()));
        }
        if (agreement.goalAreas.isEmpty()) {
            throw ProblemException.ruleViolation(
                    "adoption-needs-a-goal-area", text("agreement.adoption-needs-a-goal-area"));
        }
        // A LÖK is the municipality's agreement: adopted only with the municipality among its parties (issue 10).
        if (agreement.kind == AgreementKind.LOCAL
                && agreement.municipality != null
                && agreement.parties.stream()
                        .noneMatch(p -> p.organisation.type == se.samverkan.organisation.OrganisationType.MUNICIPALITY
                                && p.organisation.municipality != null
                                && agreement.municipality.code.equals(p.organisation.municipality.code))) {
            throw ProblemException.ruleViolation(
                    "local-agreement-needs-its-municipality",
                    text("agreement.local-agreement-needs-its-municipality", agreement.municipality.name));
        }
        Agreement revised = agreement.supersedes;
        if (revised != null) {
            if (revised.kind != agreement.kind || !revised.countyCode().equals(agreement.countyCode())) {
                throw ProblemException.ruleViolation(
                        "revision-same-kind-and-county", text("agreement.revision-same-kind-and-county"));
            }
            // A consequence of this adoption: no If-Match of its own.
            changes.unguarded(
                    STATUS,
                    ChangeRecorder.STATUS_CHANGED,
                    revised,
                    r -> r.status = AgreementStatus.LIFECYCLE.next(r, AgreementStatus.Action.SUPERSEDE_BY_REVISION),
                    r -> "Superseded by " + agreement.title);
        }
        agreement.adoptedOn = adoptedOn != null ? adoptedOn : Clocks.today(clock);
    }

    private void requireCounty(String countyCode) {
        counties.require(countyCode, "countyCode");
    }

    static void assertEditable(Agreement agreement) {
        AgreementStatus.LIFECYCLE.check(agreement, AgreementStatus.Action.EDIT);
    }

    @Override
    protected Agreement findReadable(UUID id) {
        return Found.checked(agreements.findByIdOptional(id), text("agreement.not-found", id), policy::assertCanRead);
    }

    Agreement findManageable(UUID id) {
        return Found.checked(findReadable(id), policy::assertCanManage);
    }

    AgreementDto details(Agreement agreement) {
        AgreementPolicy.Visibility visibility = policy.visibility();
        var revisions = agreements.linkedRefs("revisions", agreement.id, visibility);
        var locals = agreements.linkedRefs("locals", agreement.id, visibility);
        return AgreementMapper.details(
                agreement, revisions, locals, policy.permissions(agreement), PriorityLinks.of(directory, agreement));
    }

    private void apply(Agreement agreement, AgreementInput input) {
        FieldViolations violations = new FieldViolations();
        County county = counties.find(input.countyCode(), "countyCode", violations);
        Municipality municipality = null;
        if (input.kind() == AgreementKind.LOCAL) {
            if (input.municipalityCode() == null) {
                violations.add("municipalityCode", text("agreement.required-local-agreement"));
            } else {
                municipality = municipalities.findById(input.municipalityCode());
                if (municipality == null) {
                    violations.add("municipalityCode", text("common.no-municipality-code", input.municipalityCode()));
                } else if (!municipality.countyCode.equals(input.countyCode())) {
                    violations.add(
                            "municipalityCode",
                            text("common.municipality-not-in-county", municipality.name, input.countyCode()));
                }
            }
        } else if (input.municipalityCode() != null) {
            violations.add("municipalityCode", text("agreement.only-local-agreement-municipality"));
        }
        if (input.lastYear() < input.firstYear()) {
            violations.add("lastYear", text("agreement.last-year-before-first-year"));
        }
        Agreement parent = null;
        if (input.parentAgreementId() != null) {
            parent = agreements.findById(input.parentAgreementId());
            if (input.kind() != AgreementKind.LOCAL && input.kind() != AgreementKind.STRATEGY) {
                violations.add("parentAgreementId", text("agreement.only-local-agreement-sits-under"));
            } else if (parent == null || !policy.canRead(parent)) {
                violations.add("parentAgreementId", text("common.no-agreement-id", input.parentAgreementId()));
            } else if (input.kind() == AgreementKind.LOCAL
                    && (parent.kind != AgreementKind.REGIONAL
                            || !parent.countyCode().equals(input.countyCode()))) {
                violations.add("parentAgreementId", text("agreement.regional-agreement-same-county"));
            } else if (input.kind() == AgreementKind.STRATEGY
                    && (parent.kind != AgreementKind.STRATEGY
                            || parent.parent != null
                            || parent.id.equals(agreement.id)
                            || !parent.countyCode().equals(input.countyCode()))) {
                // A sub-strategy (delstrategi, one per target group) sits under the county's overall strategy.
                violations.add("parentAgreementId", text("agreement.sub-strategy-under-overall-strategy"));
            }
        }
        Agreement supersedes = null;
        if (input.supersedesId() != null) {
            supersedes = agreements.findById(input.supersedesId());
            if (supersedes == null || !policy.canRead(supersedes)) {
                violations.add("supersedesId", text("common.no-agreement-id", input.supersedesId()));
            } else if (supersedes.kind != input.kind()
                    || !supersedes.countyCode().equals(input.countyCode())) {
                violations.add("supersedesId", text("agreement.revision-same-kind-county"));
            } else if (createsRevisionCycle(agreement.id, supersedes)) {
                violations.add("supersedesId", text("agreement.agreement-cannot-revise-itself-own"));
            }
        }
        violations.throwIfAny();
        if (input.kind() == AgreementKind.STRATEGY && parent != null) {
            requireOwnTargetGroups(agreement, parent, supersedes, input.targetGroups());
        }
        agreement.kind = input.kind();
        agreement.title = input.title().trim();
        agreement.county = county;
        agreement.municipality = municipality;
        agreement.firstYear = input.firstYear();
        agreement.lastYear = input.lastYear();
        agreement.purpose = blankToNull(input.purpose());
        agreement.background = blankToNull(input.background());
        agreement.reportNumber = blankToNull(input.reportNumber());
        agreement.caseNumber = blankToNull(input.caseNumber());
        agreement.legalBasis.clear();
        if (input.legalBasis() != null) {
            input.legalBasis()
                    .forEach(l -> agreement.legalBasis.add(new LegalReference(l.sfs(), blankToNull(l.title()))));
        }
        agreement.targetGroups.clear();
        if (input.targetGroups() != null) {
            agreement.targetGroups.addAll(new LinkedHashSet<>(input.targetGroups()));
        }
        agreement.perspectives.clear();
        if (input.perspectives() != null) {
            agreement.perspectives.addAll(input.perspectives());
        }
        agreement.parent = parent;
        agreement.supersedes = supersedes;
    }

    /**
     * A strategy has one sub-strategy per target group: no two sub-strategies of the same overall strategy cover the
     * same target group. A superseded or expired sub-strategy no longer covers it, and a revision shares its target
     * groups with the version it revises (409, rule {@code one-sub-strategy-per-target-group}).
     */
    private void requireOwnTargetGroups(
            Agreement agreement, Agreement parent, Agreement supersedes, Set<TargetGroup> targetGroups) {
        if (targetGroups == null || targetGroups.isEmpty()) {
            return;
        }
        for (Agreement other : agreements.localAgreementsUnder(parent.id)) {
            boolean sameVersionChain = other.id.equals(agreement.id)
                    || (supersedes != null && other.id.equals(supersedes.id))
                    || (other.supersedes != null && other.supersedes.id.equals(agreement.id));
            if (sameVersionChain
                    || other.kind != AgreementKind.STRATEGY
                    || other.status == AgreementStatus.SUPERSEDED
                    || other.status == AgreementStatus.EXPIRED) {
                continue;
            }
            targetGroups.stream()
                    .filter(other.targetGroups::contains)
                    .findFirst()
                    .ifPresent(covered -> {
                        throw ProblemException.ruleViolation(
                                "one-sub-strategy-per-target-group",
                                text("agreement.one-sub-strategy-per-target-group", covered, other.title),
                                "targetGroups",
                                text("agreement.target-group-has-sub-strategy", covered, other.title));
                    });
        }
    }

    private static boolean createsRevisionCycle(UUID self, Agreement candidate) {
        List<UUID> seen = new ArrayList<>();
        for (Agreement current = candidate;
                current != null && !seen.contains(current.id);
                current = current.supersedes) {
            if (current.id.equals(self)) {
                return true;
            }
            seen.add(current.id);
        }
        return false;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
