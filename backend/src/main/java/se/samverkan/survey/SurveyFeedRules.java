package se.samverkan.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import se.samverkan.history.FeedRule;
import se.samverkan.history.FeedVisibility;

/** Who sees the changes of surveys (the survey itself: questions, dates, status, summaries) in the change feed. */
@ApplicationScoped
public class SurveyFeedRules {

    /** As visible as the survey: drafts only to those who run it. Surveys are never deleted. */
    @Produces
    @Singleton
    FeedVisibility surveys(SurveyRepository repository, SurveyPolicy policy) {
        return new FeedRule<>(SurveyService.SURVEY, repository, e -> e.id, policy::canRead, policy::canCreate);
    }
}
