package se.samverkan.survey;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SurveyAnswerRepository implements PanacheRepositoryBase<SurveyAnswer, UUID> {

    public Optional<SurveyAnswer> of(UUID surveyId, UUID organisationId) {
        return find("survey.id = ?1 and organisation.id = ?2", surveyId, organisationId)
                .firstResultOptional();
    }

    /** The answer locked for the rest of the transaction: of two submits at once, the second sees the first. */
    public Optional<SurveyAnswer> lockedOf(UUID surveyId, UUID organisationId) {
        return find("survey.id = ?1 and organisation.id = ?2", surveyId, organisationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
