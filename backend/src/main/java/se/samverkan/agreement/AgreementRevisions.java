package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.history.AuditedChanges;

/**
 * A new version of an adopted agreement (VG 2021 → 2024): a draft that copies the agreement's own fields, parties,
 * goal areas with their strategies and responsibilities, and names the agreement it revises; adopting it supersedes
 * that one (AgreementService.adopt). What belongs to the adopted text alone is not copied: signatures and signing
 * dates, report and case numbers, yearly priorities (decided for that agreement), the adoption itself.
 */
@ApplicationScoped
public class AgreementRevisions {

    @Inject
    AgreementService service;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementPolicy policy;

    @Inject
    AuditedChanges changes;

    @Transactional
    public AgreementDto revise(UUID id) {
        Agreement revised = service.findManageable(id);
        policy.assertCanCreate(
                revised.countyCode(),
                revised.kind,
                revised.municipality == null ? null : revised.municipality.code,
                revised.parent == null ? null : revised.parent.id,
                null);
        if (!AgreementStatus.LIFECYCLE.allowsIn(revised.status, AgreementStatus.Action.SUPERSEDE_BY_REVISION)) {
            throw ProblemException.ruleViolation(
                    "revision-of-adopted-only",
                    text("agreement.revision-of-adopted-only", revised.title, revised.status));
        }
        agreements.revisionsOf(id).stream()
                .filter(r -> r.status.isEditable())
                .findFirst()
                .ifPresent(open -> {
                    throw ProblemException.ruleViolation(
                            "revision-in-progress", text("agreement.revision-in-progress", open.title, open.id));
                });

        Agreement draft = new Agreement();
        draft.id = UUID.randomUUID();
        draft.status = AgreementStatus.DRAFT;
        draft.kind = revised.kind;
        draft.title = revised.title;
        draft.county = revised.county;
        draft.municipality = revised.municipality;
        draft.firstYear = revised.firstYear;
        draft.lastYear = revised.lastYear;
        draft.purpose = revised.purpose;
        draft.background = revised.background;
        revised.legalBasis.forEach(l -> draft.legalBasis.add(new LegalReference(l.sfsNumber, l.title)));
        draft.targetGroups.addAll(revised.targetGroups);
        draft.perspectives.addAll(revised.perspectives);
        draft.parent = revised.parent;
        draft.supersedes = revised;
        changes.create(AgreementService.AGREEMENT, draft, "Created as a new version of " + revised.title);

        for (AgreementParty party : revised.parties) {
            AgreementParty copy = new AgreementParty();
            copy.id = UUID.randomUUID();
            copy.agreement = draft;
            copy.organisation = party.organisation;
            copy.role = party.role;
            copy.position = party.position;
            draft.parties.add(copy);
            changes.create(AgreementContentService.PARTY, copy, "Copied party " + party.organisation.name);
        }
        for (GoalArea area : revised.goalAreas) {
            GoalArea copy = new GoalArea();
            copy.id = UUID.randomUUID();
            copy.agreement = draft;
            copy.kind = area.kind;
            copy.number = area.number;
            copy.title = area.title;
            copy.goal = area.goal;
            copy.strategies.addAll(area.strategies);
            copy.targetGroups.addAll(area.targetGroups);
            copy.answersTo = area.answersTo;
            draft.goalAreas.add(copy);
            changes.create(AgreementContentService.GOAL_AREA, copy, "Copied goal area " + area.label());
            for (Responsibility responsibility : area.responsibilities) {
                Responsibility r = new Responsibility();
                r.id = UUID.randomUUID();
                r.goalArea = copy;
                r.organisation = responsibility.organisation;
                r.allOtherSignatories = responsibility.allOtherSignatories;
                r.kind = responsibility.kind;
                r.level = responsibility.level;
                r.collectiveParty = responsibility.collectiveParty;
                r.qualifier = responsibility.qualifier;
                r.projectId = responsibility.projectId;
                copy.responsibilities.add(r);
                changes.create(AgreementContentService.RESPONSIBILITY, r, "Copied responsibility in " + area.label());
            }
        }
        agreements.refreshSearchDocument(draft.id);
        return service.details(draft);
    }
}
