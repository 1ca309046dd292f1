package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import se.samverkan.common.decision.DecidingMeeting;
import se.samverkan.common.decision.DecisionCandidate;
import se.samverkan.common.decision.DecisionEffectKind;
import se.samverkan.common.problem.ProblemException;

/**
 * What the two adoptions by decision share (of an agreement, of a sub-strategy): the agreement a decision names and
 * the agreements of the meeting's county still to adopt.
 */
@ApplicationScoped
class Adoptions {

    @Inject
    AgreementRepository repository;

    @Inject
    AgreementPolicy policy;

    @Inject
    EntityManager em;

    /** The agreement the effect names, if the caller may read it; otherwise the effect's field is refused. */
    Agreement named(UUID subjectId, String field) {
        return repository
                .findByIdOptional(subjectId)
                .filter(policy::canRead)
                .orElseThrow(() -> ProblemException.invalid(field, text("common.no-agreement-id", subjectId)));
    }

    /** A meeting decides on its own county's agreements only. */
    static void assertOfMeetingCounty(Agreement agreement, DecidingMeeting meeting, String field) {
        if (!Objects.equals(agreement.countyCode(), meeting.countyCode())) {
            throw ProblemException.invalid(field, text("forum.agreement-of-county", meeting.countyCode()));
        }
    }

    /**
     * The county's agreements not yet adopted (draft or in consultation, with their overall strategy) that the caller
     * manages and {@code which} takes, by title; none for a meeting without a county.
     */
    List<DecisionCandidate> candidates(DecisionEffectKind kind, DecidingMeeting meeting, Predicate<Agreement> which) {
        if (meeting.countyCode() == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "select a from Agreement a left join fetch a.parent where a.county.code = :county"
                                + " and a.status in :statuses order by a.title",
                        Agreement.class)
                .setParameter("county", meeting.countyCode())
                .setParameter("statuses", List.of(AgreementStatus.DRAFT, AgreementStatus.CONSULTATION))
                .getResultList()
                .stream()
                .filter(which)
                .filter(policy::canManage)
                .map(a -> new DecisionCandidate(kind, a.id, a.title, a.id))
                .toList();
    }
}
