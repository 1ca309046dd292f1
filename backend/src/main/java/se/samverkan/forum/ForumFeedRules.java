package se.samverkan.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import se.samverkan.history.FeedRule;
import se.samverkan.history.FeedVisibility;

/** Who sees the changes of the forums, their meetings, action items and status reports in the change feed and the webhooks: one rule per subject type. */
@ApplicationScoped
public class ForumFeedRules {

    /** Forums are public, and so are their changes and their removal. */
    @Produces
    @Singleton
    FeedVisibility forums(ForumRepository repository) {
        return new FeedRule<>("FORUM", repository, e -> e.id, e -> true, c -> true);
    }

    /** Shown to those who may read the minutes (agenda, minutes, decisions): everyone once they are published. */
    @Produces
    @Singleton
    FeedVisibility meetings(MeetingRepository repository, ForumPolicy policy) {
        return new FeedRule<>("MEETING", repository, e -> e.id, policy::canReadMinutes, policy::canCreateIn);
    }

    /** As visible as the item. */
    @Produces
    @Singleton
    FeedVisibility actionItems(ActionItemRepository repository, ForumPolicy policy) {
        return new FeedRule<>("ACTION_ITEM", repository, e -> e.id, policy::canRead, policy::canCreateIn);
    }

    /** As visible as the report. */
    @Produces
    @Singleton
    FeedVisibility statusReports(StatusReportRepository repository, ForumPolicy policy) {
        return new FeedRule<>("STATUS_REPORT", repository, e -> e.id, policy::canRead, policy::canCreateIn);
    }
}
