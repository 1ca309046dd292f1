package se.samverkan.strategy;

import static se.samverkan.common.problem.Text.text;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import se.samverkan.agreement.Agreement;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.Text;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;

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

    /**
     * A kind of part (phase, possible area of action, activity): how it is audited, how it is found in its agreement
     * ({@code find} answers 404 for another agreement's part), and what its lifecycle allows of an edit and a removal.
     */
    record PartKind<P extends AuditedEntity>(
            Audit<P> audit, BiFunction<UUID, UUID, P> find, Consumer<P> editable, Consumer<P> removable) {

        /** The part's lifecycle decides with its actions {@code edit} and {@code delete}. */
        static <P extends AuditedEntity, A extends Enum<A>> PartKind<P> of(
                Audit<P> audit, BiFunction<UUID, UUID, P> find, Lifecycle<?, A, P> lifecycle, A edit, A delete) {
            return new PartKind<>(audit, find, p -> lifecycle.check(p, edit), p -> lifecycle.check(p, delete));
        }
    }

    /** An edit of a part: its agreement manageable, the part found in it, If-Match, its lifecycle's EDIT, history. */
    <P extends AuditedEntity> P editPart(
            PartKind<P> kind,
            UUID agreementId,
            UUID partId,
            String ifMatch,
            Consumer<P> change,
            Function<P, String> summary) {
        return changePart(kind, kind.editable(), agreementId, partId, ifMatch, change, summary);
    }

    /** {@link #editPart} with another rule of the lifecycle than its EDIT (scoring an area). */
    <P extends AuditedEntity> P changePart(
            PartKind<P> kind,
            Consumer<P> allowed,
            UUID agreementId,
            UUID partId,
            String ifMatch,
            Consumer<P> change,
            Function<P, String> summary) {
        manageable(agreementId);
        return changes.update(kind.audit(), kind.find().apply(agreementId, partId), ifMatch, allowed, change, summary);
    }

    /** A removal of a part on the same terms, when its lifecycle allows it; nothing else belongs only to the part. */
    <P extends AuditedEntity> void removePart(
            PartKind<P> kind, UUID agreementId, UUID partId, String ifMatch, Function<P, String> summary) {
        manageable(agreementId);
        P part = kind.find().apply(agreementId, partId);
        changes.delete(kind.audit(), part, ifMatch, kind.removable(), em::remove, summary.apply(part));
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
