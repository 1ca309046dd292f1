package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.agreement.ConsultationDtos.ConsultationInputBody;
import se.samverkan.agreement.ConsultationDtos.ConsultationInputDto;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationReference;

/**
 * The parties' input during consultation (förankring): left per section (the agreement as a whole or a goal area) by
 * a party organisation's members while the agreement is in consultation, read by those who manage it. Rights:
 * AgreementPolicy.
 */
@ApplicationScoped
public class ConsultationService {

    private static final Audit<ConsultationInput> INPUT = new Audit<>(
            i -> new ChangeRecorder.Subject(AgreementService.SUBJECT, i.agreement.id, "CONSULTATION_INPUT", i.id),
            i -> Map.of(
                    "section", sectionName(i),
                    "organisation", i.organisation.name,
                    "text", i.text));

    /** The goal area's number and title as the history shows it; empty for the agreement as a whole. */
    private static String sectionName(ConsultationInput input) {
        return input.goalAreaId == null
                ? ""
                : input.agreement.goalAreas.stream()
                        .filter(g -> g.id.equals(input.goalAreaId))
                        .map(GoalArea::label)
                        .findFirst()
                        .orElse("");
    }

    @Inject
    AgreementService agreements;

    @Inject
    AgreementPolicy policy;

    @Inject
    AuditedChanges changes;

    @Inject
    EntityManager em;

    /** The input the caller may read: all of it for those who manage the agreement, else their organisation's. */
    @ReadOnly
    @Transactional
    public List<ConsultationInputDto> list(UUID agreementId) {
        Agreement agreement = agreements.findReadable(agreementId);
        Optional<UUID> own = policy.partyOrganisation(agreement);
        boolean all = policy.readsAllConsultationInput(agreement);
        if (!all && own.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        """
                        select i.id, i.goalAreaId, o.id, o.name, i.text, i.createdAt, i.createdBy, i.updatedAt,
                               i.updatedBy, i.version
                        from ConsultationInput i join i.organisation o
                        where i.agreement.id = :agreement and (:all = true or o.id = :own)
                        order by i.createdAt, i.id
                        """,
                        Object[].class)
                .setParameter("agreement", agreementId)
                .setParameter("all", all)
                .setParameter("own", own.orElse(new UUID(0, 0)))
                .getResultList()
                .stream()
                .map(row -> new ConsultationInputDto(
                        (UUID) row[0],
                        agreementId,
                        (UUID) row[1],
                        new OrganisationReference((UUID) row[2], (String) row[3]),
                        (String) row[4],
                        (java.time.Instant) row[5],
                        (String) row[6],
                        (java.time.Instant) row[7],
                        (String) row[8],
                        agreement.status == AgreementStatus.CONSULTATION
                                && policy.canChangeConsultationInputOf((UUID) row[2]),
                        (Long) row[9]))
                .toList();
    }

    @Transactional
    public ConsultationInputDto add(UUID agreementId, ConsultationInputBody body) {
        Agreement agreement = agreements.findReadable(agreementId);
        UUID organisationId = policy.assertCanGiveConsultationInput(agreement);
        ConsultationInput input = new ConsultationInput();
        input.id = UUID.randomUUID();
        input.agreement = agreement;
        input.organisation = em.find(Organisation.class, organisationId);
        input.goalAreaId = section(agreement, body.goalAreaId());
        input.text = body.text().strip();
        changes.create(INPUT, input, "Consultation input from " + input.organisation.name);
        return dto(input);
    }

    @Transactional
    public ConsultationInputDto update(UUID agreementId, UUID inputId, String ifMatch, ConsultationInputBody body) {
        ConsultationInput input = find(agreementId, inputId);
        // Who may change it, and whether the consultation is open, before the version: a refusal is not a 412.
        policy.assertCanChangeConsultationInput(input);
        changes.update(
                INPUT,
                input,
                ifMatch,
                i -> {
                    i.goalAreaId = section(i.agreement, body.goalAreaId());
                    i.text = body.text().strip();
                },
                i -> "Consultation input from " + i.organisation.name + " changed");
        return dto(input);
    }

    private ConsultationInput find(UUID agreementId, UUID inputId) {
        Agreement agreement = agreements.findReadable(agreementId);
        ConsultationInput input = em.find(ConsultationInput.class, inputId);
        // Another organisation's input is not shown to a party, so it is not found either.
        if (input == null
                || !input.agreement.id.equals(agreement.id)
                || !(policy.readsAllConsultationInput(agreement)
                        || policy.canChangeConsultationInputOf(input.organisation.id))) {
            throw ProblemException.notFound(text("agreement.consultation-input-not-found", inputId));
        }
        return input;
    }

    /** The goal area the input is about, one of the agreement's (400 naming goalAreaId otherwise). */
    private static UUID section(Agreement agreement, UUID goalAreaId) {
        if (goalAreaId != null && agreement.goalAreas.stream().noneMatch(g -> g.id.equals(goalAreaId))) {
            throw ProblemException.invalid("goalAreaId", text("agreement.consultation-section-not-goal-area"));
        }
        return goalAreaId;
    }

    private ConsultationInputDto dto(ConsultationInput input) {
        return new ConsultationInputDto(
                input.id,
                input.agreement.id,
                input.goalAreaId,
                new OrganisationReference(input.organisation.id, input.organisation.name),
                input.text,
                input.createdAt,
                input.createdBy,
                input.updatedAt,
                input.updatedBy,
                input.agreement.status == AgreementStatus.CONSULTATION
                        && policy.canChangeConsultationInputOf(input.organisation.id),
                input.version);
    }
}
