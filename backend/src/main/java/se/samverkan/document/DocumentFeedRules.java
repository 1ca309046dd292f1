package se.samverkan.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import se.samverkan.history.FeedRule;
import se.samverkan.history.FeedVisibility;

/** Who sees the changes of documents in the change feed and the webhooks. */
@ApplicationScoped
public class DocumentFeedRules {

    /** As visible as the document (never more than its owner); a removal only to those who manage the county's work. */
    @Produces
    @Singleton
    FeedVisibility documents(DocumentRepository repository, DocumentPolicy policy) {
        return new FeedRule<>(DocumentService.SUBJECT, repository, e -> e.id, policy::canRead, policy::mayLearnRemoval);
    }
}
