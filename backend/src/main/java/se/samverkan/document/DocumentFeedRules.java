package se.samverkan.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.history.FeedVisibility;

/** Who sees the changes of documents in the change feed and the webhooks. */
@ApplicationScoped
public class DocumentFeedRules {

    /**
     * As visible as the document (never more than its owner), its owners read together rather than one per document;
     * a removal only to those who manage the county's work.
     */
    @Produces
    @Singleton
    FeedVisibility documents(DocumentRepository repository, DocumentPolicy policy) {
        return new FeedVisibility() {
            @Override
            public String subjectType() {
                return DocumentService.SUBJECT;
            }

            @Override
            public Set<UUID> readable(Collection<UUID> ids) {
                if (ids.isEmpty()) {
                    return Set.of();
                }
                List<Document> documents = repository.list("id in ?1", ids);
                policy.loadOwners(documents);
                return documents.stream().filter(policy::canRead).map(d -> d.id).collect(Collectors.toSet());
            }

            @Override
            public boolean mayLearnRemoval(String countyCode) {
                return policy.mayLearnRemoval(countyCode);
            }
        };
    }
}
