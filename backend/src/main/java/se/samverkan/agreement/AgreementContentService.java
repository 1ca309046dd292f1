package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import se.samverkan.agreement.AgreementDtos.GoalAreaDto;
import se.samverkan.agreement.AgreementDtos.PartyDto;
import se.samverkan.agreement.AgreementDtos.PriorityDto;
import se.samverkan.agreement.AgreementDtos.ResponsibilityDto;
import se.samverkan.common.decision.DecisionDirectory;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.persistence.UniqueConstraints;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.ProblemType;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;

/** The parts of an agreement: parties, goal areas, responsibilities and yearly priorities. */
@ApplicationScoped
public class AgreementContentService {

    static final Audit<AgreementParty> PARTY = new Audit<>(
            p -> new ChangeRecorder.Subject(AgreementService.SUBJECT, p.agreement.id, "PARTY", p.id),
            AgreementMapper::snapshot);
    static final Audit<GoalArea> GOAL_AREA = new Audit<>(
            g -> new ChangeRecorder.Subject(AgreementService.SUBJECT, g.agreement.id, "GOAL_AREA", g.id),
            AgreementMapper::snapshot);
    static final Audit<Responsibility> RESPONSIBILITY = new Audit<>(
            r -> new ChangeRecorder.Subject(AgreementService.SUBJECT, r.goalArea.agreement.id, "RESPONSIBILITY", r.id),
            AgreementMapper::snapshot);
    private static final Audit<YearlyPriority> PRIORITY = new Audit<>(
            p -> new ChangeRecorder.Subject(AgreementService.SUBJECT, p.goalArea.agreement.id, "PRIORITY", p.id),
            AgreementMapper::snapshot);

    @Inject
    AuditedChanges changes;

    @Inject
    AgreementService agreementService;

    @Inject
    AgreementRepository agreements;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    @Inject
    DecisionDirectory directory;

    /** Who proposed and decided the area's priorities, named. */
    private GoalAreaDto goalAreaDto(GoalArea goalArea, Agreement agreement) {
        return AgreementMapper.goalArea(goalArea, agreement.parties, PriorityLinks.of(directory, goalArea.priorities));
    }

    /**
     * Removes a part of the content from the collection that holds it as well as from the database, so that what this
     * transaction still reads of the agreement (its search document, its details) no longer shows it.
     */
    private <E> Consumer<E> removedFrom(Collection<E> holder) {
        return part -> {
            holder.remove(part);
            em.remove(part);
        };
    }

    // ---- parties ------------------------------------------------------------------------------

    @Transactional
    public PartyDto addParty(UUID agreementId, PartyInput input) {
        Agreement agreement = editable(agreementId);
        Organisation organisation = organisation(input.organisationId());
        assertNotYetParty(agreement, organisation, null);
        AgreementParty party = new AgreementParty();
        party.id = UUID.randomUUID();
        party.agreement = agreement;
        party.position =
                agreement.parties.stream().mapToInt(p -> p.position).max().orElse(0) + 1;
        apply(party, organisation, input);
        changes.create(PARTY, party, "Added party " + organisation.name);
        agreement.parties.add(party);
        return AgreementMapper.party(party);
    }

    @Transactional
    public PartyDto updateParty(UUID agreementId, UUID partyId, String ifMatch, PartyInput input) {
        Agreement agreement = editable(agreementId);
        AgreementParty party = party(agreement, partyId);
        changes.update(
                PARTY,
                party,
                ifMatch,
                p -> {
                    Organisation organisation = organisation(input.organisationId());
                    assertNotYetParty(agreement, organisation, p.id);
                    apply(p, organisation, input);
                },
                p -> "Updated party " + p.organisation.name);
        return AgreementMapper.party(party);
    }

    @Transactional
    public void removeParty(UUID agreementId, UUID partyId, String ifMatch) {
        Agreement agreement = editable(agreementId);
        AgreementParty party = party(agreement, partyId);
        changes.delete(
                PARTY, party, ifMatch, removedFrom(agreement.parties), "Removed party " + party.organisation.name);
    }

    // ---- goal areas ---------------------------------------------------------------------------

    @Transactional
    public GoalAreaDto getGoalArea(UUID agreementId, UUID goalAreaId) {
        Agreement agreement = agreementService.findReadable(agreementId);
        return goalAreaDto(goalArea(agreement, goalAreaId), agreement);
    }

    @Transactional
    public GoalAreaDto addGoalArea(UUID agreementId, GoalAreaInput input) {
        Agreement agreement = editable(agreementId);
        assertNumberFree(agreement, input.number(), null);
        GoalArea goalArea = new GoalArea();
        goalArea.id = UUID.randomUUID();
        goalArea.agreement = agreement;
        apply(goalArea, input);
        goalArea.answersTo = answersTo(agreement, input);
        changes.create(GOAL_AREA, goalArea, "Added goal area " + goalArea.label());
        agreement.goalAreas.add(goalArea);
        agreements.refreshSearchDocument(agreement.id);
        return goalAreaDto(goalArea, agreement);
    }

    @Transactional
    public GoalAreaDto updateGoalArea(UUID agreementId, UUID goalAreaId, String ifMatch, GoalAreaInput input) {
        Agreement agreement = editable(agreementId);
        GoalArea goalArea = goalArea(agreement, goalAreaId);
        changes.update(
                GOAL_AREA,
                goalArea,
                ifMatch,
                g -> {
                    assertNumberFree(agreement, input.number(), g.id);
                    apply(g, input);
                    g.answersTo = answersTo(agreement, input);
                },
                g -> "Updated goal area " + g.label());
        agreements.refreshSearchDocument(agreement.id);
        return goalAreaDto(goalArea, agreement);
    }

    @Transactional
    public void removeGoalArea(UUID agreementId, UUID goalAreaId, String ifMatch) {
        Agreement agreement = editable(agreementId);
        GoalArea goalArea = goalArea(agreement, goalAreaId);
        changes.delete(
                GOAL_AREA,
                goalArea,
                ifMatch,
                g -> {
                    g.responsibilities.forEach(em::remove);
                    g.priorities.forEach(em::remove);
                    removedFrom(agreement.goalAreas).accept(g);
                },
                "Removed goal area " + goalArea.label());
        agreements.refreshSearchDocument(agreement.id);
    }

    // ---- responsibilities ---------------------------------------------------------------------

    @Transactional
    public ResponsibilityDto addResponsibility(UUID agreementId, UUID goalAreaId, ResponsibilityInput input) {
        Agreement agreement = editable(agreementId);
        GoalArea goalArea = goalArea(agreement, goalAreaId);
        Organisation organisation = subject(input);
        assertNoDuplicate(goalArea, organisation, input, null);
        Responsibility responsibility = new Responsibility();
        responsibility.id = UUID.randomUUID();
        responsibility.goalArea = goalArea;
        apply(responsibility, organisation, input);
        changes.create(RESPONSIBILITY, responsibility, "Added responsibility in " + goalArea.label());
        goalArea.responsibilities.add(responsibility);
        return responsibilityDto(agreement, goalArea, responsibility);
    }

    @Transactional
    public ResponsibilityDto updateResponsibility(
            UUID agreementId, UUID goalAreaId, UUID responsibilityId, String ifMatch, ResponsibilityInput input) {
        Agreement agreement = editable(agreementId);
        GoalArea goalArea = goalArea(agreement, goalAreaId);
        Responsibility responsibility = responsibility(goalArea, responsibilityId);
        changes.update(
                RESPONSIBILITY,
                responsibility,
                ifMatch,
                r -> {
                    Organisation organisation = subject(input);
                    assertNoDuplicate(goalArea, organisation, input, r.id);
                    apply(r, organisation, input);
                },
                r -> "Updated responsibility in " + goalArea.label());
        return responsibilityDto(agreement, goalArea, responsibility);
    }

    @Transactional
    public void removeResponsibility(UUID agreementId, UUID goalAreaId, UUID responsibilityId, String ifMatch) {
        Agreement agreement = editable(agreementId);
        GoalArea goalArea = goalArea(agreement, goalAreaId);
        Responsibility responsibility = responsibility(goalArea, responsibilityId);
        changes.delete(
                RESPONSIBILITY,
                responsibility,
                ifMatch,
                removedFrom(goalArea.responsibilities),
                "Removed responsibility in " + goalArea.label());
    }

    // ---- yearly priorities --------------------------------------------------------------------

    /**
     * Creates or replaces the focus of one year; replacing needs If-Match like any other change. Creating with
     * If-None-Match: * (the client read that the year has none) is refused with 412 when someone else created it
     * meanwhile, also when both create at once; and an If-Match whose focus was removed meanwhile is refused with 412
     * rather than creating it anew. A priority with a
     * "decided by" or "decided on" is transcribed from a published document (RECORDED); any other is PROPOSED, by the
     * forum named, and is decided only by a meeting decision of the forum it prepares for.
     */
    @Transactional
    public PriorityResult putPriority(
            UUID agreementId, UUID goalAreaId, int year, String ifMatch, String ifNoneMatch, PriorityInput input) {
        Agreement agreement = agreementService.findManageable(agreementId);
        AgreementStatus.LIFECYCLE.check(agreement, AgreementStatus.Action.SET_PRIORITIES);
        if (year < agreement.firstYear || year > agreement.lastYear) {
            throw ProblemException.invalid(
                    "year", text("common.within-agreement-period", agreement.firstYear, agreement.lastYear));
        }
        GoalArea goalArea = goalArea(agreement, goalAreaId);
        checkProposer(agreement, input);
        YearlyPriority existing = goalArea.priorities.stream()
                .filter(p -> p.year == year)
                .findFirst()
                .orElse(null);
        boolean created = existing == null;
        boolean createOnly = EntityTags.createOnly(ifNoneMatch);
        if (created && ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, text("priority.removed-meanwhile", year));
        }
        if (!created && createOnly) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, text("priority.created-meanwhile", year));
        }
        String summary = "Focus " + year + " for goal area " + goalArea.label();
        YearlyPriority priority;
        if (created) {
            YearlyPriority fresh = new YearlyPriority();
            fresh.id = UUID.randomUUID();
            fresh.goalArea = goalArea;
            fresh.year = year;
            apply(fresh, input);
            priority = fresh;
            Runnable insert = () -> changes.create(PRIORITY, fresh, summary);
            if (createOnly) {
                // Another create of the same year may commit between the look above and this insert.
                UniqueConstraints.inserting(
                        insert,
                        "yearly_priority_once",
                        () -> new ProblemException(
                                ProblemType.PRECONDITION_FAILED, text("priority.created-meanwhile", year)));
            } else {
                insert.run();
            }
            goalArea.priorities.add(priority);
        } else {
            priority = changes.update(
                    PRIORITY,
                    existing,
                    ifMatch,
                    p -> PriorityStatus.LIFECYCLE.check(p, PriorityStatus.Action.EDIT),
                    p -> apply(p, input),
                    p -> summary);
        }
        return new PriorityResult(
                AgreementMapper.priority(priority, PriorityLinks.of(directory, java.util.List.of(priority))), created);
    }

    public record PriorityResult(PriorityDto priority, boolean created) {}

    @Transactional
    public void removePriority(UUID agreementId, UUID goalAreaId, int year, String ifMatch) {
        Agreement agreement = agreementService.findManageable(agreementId);
        AgreementStatus.LIFECYCLE.check(agreement, AgreementStatus.Action.REMOVE_PRIORITY);
        GoalArea goalArea = goalArea(agreement, goalAreaId);
        YearlyPriority priority = goalArea.priorities.stream()
                .filter(p -> p.year == year)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(text("priority.not-found", year)));
        changes.delete(
                PRIORITY,
                priority,
                ifMatch,
                p -> PriorityStatus.LIFECYCLE.check(p, PriorityStatus.Action.DELETE),
                removedFrom(goalArea.priorities),
                "Removed focus " + year + " for goal area " + goalArea.label());
    }

    /** The proposer is a forum of the agreement's county; a transcribed priority names no proposer in the product. */
    private void checkProposer(Agreement agreement, PriorityInput input) {
        FieldViolations violations = new FieldViolations();
        if (input.proposedByForumId() != null) {
            var forum = directory.forum(input.proposedByForumId());
            if (forum.isEmpty()) {
                violations.add("proposedByForumId", text("forum.no-forum-id", input.proposedByForumId()));
            } else if (!java.util.Objects.equals(forum.get().countyCode(), agreement.countyCode())) {
                violations.add("proposedByForumId", text("priority.proposer-of-county", agreement.countyCode()));
            } else if (isRecorded(input)) {
                violations.add("proposedByForumId", text("priority.proposer-or-recorded"));
            }
        }
        violations.throwIfAny();
    }

    private static boolean isRecorded(PriorityInput input) {
        return AgreementService.blankToNull(input.decidedBy()) != null || input.decidedOn() != null;
    }

    private static void apply(YearlyPriority priority, PriorityInput input) {
        priority.points.clear();
        for (String point : input.points()) {
            priority.points.add(point.trim());
        }
        priority.decidedBy = AgreementService.blankToNull(input.decidedBy());
        priority.decidedOn = input.decidedOn();
        priority.status = isRecorded(input) ? PriorityStatus.RECORDED : PriorityStatus.PROPOSED;
        priority.proposedByForumId = input.proposedByForumId();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Agreement editable(UUID agreementId) {
        Agreement agreement = agreementService.findManageable(agreementId);
        AgreementService.assertEditable(agreement);
        return agreement;
    }

    private static AgreementParty party(Agreement agreement, UUID partyId) {
        return agreement.parties.stream()
                .filter(p -> p.id.equals(partyId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(text("party.not-found", partyId)));
    }

    private static GoalArea goalArea(Agreement agreement, UUID goalAreaId) {
        return agreement.goalAreas.stream()
                .filter(g -> g.id.equals(goalAreaId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(text("goal-area.not-found", goalAreaId)));
    }

    private static Responsibility responsibility(GoalArea goalArea, UUID responsibilityId) {
        return goalArea.responsibilities.stream()
                .filter(r -> r.id.equals(responsibilityId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(text("responsibility.not-found", responsibilityId)));
    }

    private Organisation organisation(UUID organisationId) {
        Organisation organisation = organisations.findById(organisationId);
        if (organisation == null) {
            throw ProblemException.invalid("organisationId", text("common.no-organisation-id", organisationId));
        }
        return organisation;
    }

    private Organisation subject(ResponsibilityInput input) {
        if (input.forAllOtherSignatories() == (input.organisationId() != null)) {
            throw ProblemException.invalid(
                    "organisationId", text("agreement.give-either-organisation-allothersignatories-vriga"));
        }
        return input.organisationId() == null ? null : organisation(input.organisationId());
    }

    private static void assertNotYetParty(Agreement agreement, Organisation organisation, UUID self) {
        boolean taken = agreement.parties.stream()
                .anyMatch(p -> p.organisation.id.equals(organisation.id) && !p.id.equals(self));
        if (taken) {
            throw ProblemException.conflict(
                    text("agreement.already-party-agreement", organisation.name),
                    "organisationId",
                    text("agreement.already-party-agreement-2"));
        }
    }

    private static void assertNumberFree(Agreement agreement, String number, UUID self) {
        agreement.goalAreas.stream()
                .filter(g -> number.equals(g.number) && !g.id.equals(self))
                .findFirst()
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            text("agreement.goal-area-already-exists", number, other.title),
                            "number",
                            text("agreement.already-used", other.title));
                });
    }

    private static void assertNoDuplicate(
            GoalArea goalArea, Organisation organisation, ResponsibilityInput input, UUID self) {
        boolean duplicate = goalArea.responsibilities.stream()
                .anyMatch(r -> !r.id.equals(self)
                        && r.allOtherSignatories == input.forAllOtherSignatories()
                        && Objects.equals(
                                r.organisation == null ? null : r.organisation.id,
                                organisation == null ? null : organisation.id)
                        && r.kind == input.kind()
                        && r.level == input.level());
        if (duplicate) {
            throw ProblemException.conflict(
                    text("agreement.goal-area-already-responsibility"),
                    "organisationId",
                    text("agreement.already-responsibility-level"));
        }
    }

    private static void apply(AgreementParty party, Organisation organisation, PartyInput input) {
        party.organisation = organisation;
        party.role = input.role();
        party.signedOn = input.signedOn();
        party.signatories.clear();
        if (input.signatories() != null) {
            input.signatories()
                    .forEach(s -> party.signatories.add(
                            new Signatory(s.name().trim(), AgreementService.blankToNull(s.title()))));
        }
    }

    /** The RÖK goal area a LÖK's goal area answers to: one of its parent agreement's, or a 400 naming the field. */
    private GoalArea answersTo(Agreement agreement, GoalAreaInput input) {
        if (input.answersToGoalAreaId() == null) {
            return null;
        }
        Agreement parent = agreement.parent;
        GoalArea target = parent == null
                ? null
                : parent.goalAreas.stream()
                        .filter(g -> g.id.equals(input.answersToGoalAreaId()))
                        .findFirst()
                        .orElse(null);
        if (agreement.kind != AgreementKind.LOCAL || target == null) {
            throw ProblemException.invalid("answersToGoalAreaId", text("agreement.goal-area-regional-agreement-local"));
        }
        return target;
    }

    private static void apply(GoalArea goalArea, GoalAreaInput input) {
        // The input always carries a number: a monitored area given one becomes a numbered goal area.
        goalArea.kind = GoalAreaKind.GOAL_AREA;
        goalArea.number = input.number();
        goalArea.title = input.title().trim();
        goalArea.goal = AgreementService.blankToNull(input.goal());
        goalArea.strategies.clear();
        if (input.strategies() != null) {
            input.strategies().forEach(s -> goalArea.strategies.add(s.trim()));
        }
        goalArea.targetGroups.clear();
        if (input.targetGroups() != null) {
            goalArea.targetGroups.addAll(new LinkedHashSet<>(input.targetGroups()));
        }
    }

    private static void apply(Responsibility responsibility, Organisation organisation, ResponsibilityInput input) {
        responsibility.organisation = organisation;
        responsibility.allOtherSignatories = input.forAllOtherSignatories();
        // An edit names an organisation or all other signatories; a collective party is only recorded from a document.
        responsibility.collectiveParty = null;
        responsibility.kind = input.kind();
        responsibility.level = input.level();
    }

    private static ResponsibilityDto responsibilityDto(
            Agreement agreement, GoalArea goalArea, Responsibility responsibility) {
        return AgreementMapper.goalArea(goalArea, agreement.parties, PriorityLinks.NONE).responsibilities().stream()
                .filter(r -> r.id().equals(responsibility.id))
                .findFirst()
                .orElseThrow();
    }
}
