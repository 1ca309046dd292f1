package se.samverkan.followup;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.GoalAreaNumbers;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;
import se.samverkan.followup.LocalFollowUpDtos.LocalAssessment;
import se.samverkan.followup.LocalFollowUpDtos.LocalFollowUpArea;
import se.samverkan.followup.LocalFollowUpDtos.LocalGoalAreaFollowUp;
import se.samverkan.followup.LocalFollowUpDtos.LocalRound;

/**
 * The RÖK's follow-up per goal area: the LÖK goal areas that answer to it and the newest round of each that the
 * caller may see. Three projections whatever the number of LÖKs, goal areas and rounds (no entity graph).
 */
@ApplicationScoped
public class LocalFollowUpService {

    private static final Comparator<GoalAreaRef> DOCUMENT_ORDER =
            Comparator.comparing(GoalAreaRef::number, Comparator.nullsLast(GoalAreaNumbers.DOCUMENT_ORDER));

    /** Bound when the caller has no organisation: matches no party. */
    private static final UUID NO_ORGANISATION = new UUID(0, 0);

    @Inject
    EntityManager em;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementPolicy agreementPolicy;

    @Inject
    FollowUpPolicy policy;

    /** One local goal area with what decides whether the caller reads its agreement and rounds. */
    private record LocalRow(
            UUID answersTo,
            GoalAreaRef goalArea,
            UUID agreementId,
            String agreementTitle,
            AgreementStatus status,
            AgreementKind kind,
            String countyCode,
            String municipalityCode,
            String municipalityName,
            boolean callerIsParty) {}

    @ReadOnly
    @Transactional
    public List<LocalFollowUpArea> ofRegional(UUID agreementId) {
        Agreement regional = agreements
                .findByIdOptional(agreementId)
                .orElseThrow(() -> ProblemException.notFound(text("agreement.not-found", agreementId)));
        policy.assertCanReadAgreement(regional);

        List<GoalAreaRef> areas = em.createQuery(
                        "select g.id, g.number, g.title from GoalArea g where g.agreement.id = :id", Object[].class)
                .setParameter("id", agreementId)
                .getResultStream()
                .map(r -> new GoalAreaRef((UUID) r[0], (String) r[1], (String) r[2]))
                .sorted(DOCUMENT_ORDER)
                .toList();

        UUID organisation = agreementPolicy.visibility().memberOrganisation();
        List<LocalRow> locals = em.createQuery(
                        "select g.answersTo.id, g.id, g.number, g.title, a.id, a.title, a.status, a.kind, a.county.code,"
                                + " m.code, m.name, (case when exists (select 1 from AgreementParty p"
                                + " where p.agreement = a and p.organisation.id = :organisation) then true else false end)"
                                + " from GoalArea g join g.agreement a left join a.municipality m"
                                + " where g.answersTo.agreement.id = :id",
                        Object[].class)
                .setParameter("id", agreementId)
                .setParameter("organisation", organisation == null ? NO_ORGANISATION : organisation)
                .getResultStream()
                .map(r -> new LocalRow(
                        (UUID) r[0],
                        new GoalAreaRef((UUID) r[1], (String) r[2], (String) r[3]),
                        (UUID) r[4],
                        (String) r[5],
                        (AgreementStatus) r[6],
                        (AgreementKind) r[7],
                        (String) r[8],
                        (String) r[9],
                        (String) r[10],
                        (Boolean) r[11]))
                .filter(l -> agreementPolicy.canRead(
                        l.status(), l.countyCode(), l.kind(), l.municipalityCode(), l.callerIsParty()))
                .sorted(Comparator.comparing((LocalRow l) -> l.municipalityName() == null ? "" : l.municipalityName())
                        .thenComparing(LocalRow::agreementTitle)
                        .thenComparing(LocalRow::goalArea, DOCUMENT_ORDER))
                .toList();

        Map<UUID, LocalRound> latest = latestRounds(locals);
        Map<UUID, List<LocalGoalAreaFollowUp>> byArea = new HashMap<>();
        for (LocalRow l : locals) {
            byArea.computeIfAbsent(l.answersTo(), k -> new ArrayList<>())
                    .add(new LocalGoalAreaFollowUp(
                            l.agreementId(),
                            l.agreementTitle(),
                            l.status(),
                            l.municipalityCode(),
                            l.municipalityName(),
                            l.goalArea(),
                            latest.get(l.goalArea().id())));
        }
        return areas.stream()
                .map(a -> new LocalFollowUpArea(a, byArea.getOrDefault(a.id(), List.of())))
                .toList();
    }

    /** Per local goal area, its newest round the caller may see, with that round's assessments of the area. */
    private Map<UUID, LocalRound> latestRounds(List<LocalRow> locals) {
        if (locals.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalRow> byGoalArea = new HashMap<>();
        locals.forEach(l -> byGoalArea.put(l.goalArea().id(), l));
        // Whether the caller sees unpublished rounds is decided once per LÖK, not per row.
        Map<UUID, Boolean> unpublished = new HashMap<>();
        Map<UUID, UUID> chosenRound = new HashMap<>();
        Map<UUID, LocalRound> latest = new LinkedHashMap<>();
        em.createQuery(
                        "select s.goalArea.id, r.id, r.year, r.status, o.name, s.state, s.status"
                                + " from Assessment s join s.round r left join s.organisation o"
                                + " where s.goalArea.id in :ids order by r.year desc, o.name",
                        Object[].class)
                .setParameter("ids", byGoalArea.keySet())
                .getResultStream()
                .forEach(r -> {
                    UUID goalArea = (UUID) r[0];
                    UUID round = (UUID) r[1];
                    RoundStatus status = (RoundStatus) r[3];
                    LocalRow local = byGoalArea.get(goalArea);
                    boolean visible = status.isPublic()
                            || unpublished.computeIfAbsent(
                                    local.agreementId(),
                                    id -> policy.readsUnpublishedRoundsOf(
                                            local.countyCode(), local.kind(), local.municipalityCode()));
                    if (!visible) {
                        return;
                    }
                    UUID chosen = chosenRound.putIfAbsent(goalArea, round);
                    if (chosen != null && !chosen.equals(round)) {
                        return; // an older round of an area whose newest visible one is taken
                    }
                    LocalRound entry = latest.computeIfAbsent(
                            goalArea, g -> new LocalRound(round, (Integer) r[2], status, new ArrayList<>()));
                    entry.assessments()
                            .add(new LocalAssessment((String) r[4], (AssessmentState) r[5], (GoalStatus) r[6]));
                });
        return latest;
    }
}
