package se.samverkan.strategy;

import static se.samverkan.common.problem.Text.text;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import se.samverkan.agreement.Agreement;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.Text;
import se.samverkan.history.AuditedChanges;

/**
 * What the strategy services (process map, analysis, action plan) share: each works on the parts of one agreement,
 * which the caller must be able to read, or to manage before anything changes.
 */
abstract class StrategyParts {

    @Inject
    StrategyRepository repository;

    @Inject
    StrategyPolicy policy;

    @Inject
    AuditedChanges changes;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    Agreement readable(UUID agreementId) {
        return Found.checked(
                repository.agreement(agreementId), text("agreement.not-found", agreementId), policy::assertCanRead);
    }

    Agreement manageable(UUID agreementId) {
        return Found.checked(readable(agreementId), policy::assertCanManage);
    }

    /** The part found, when it belongs to the agreement; otherwise 404 (a part of another agreement is not here). */
    static <P> P partOf(UUID agreementId, Optional<P> found, Function<P, Agreement> agreement, Text notFound) {
        return found.filter(p -> agreement.apply(p).id.equals(agreementId))
                .orElseThrow(() -> ProblemException.notFound(notFound));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
