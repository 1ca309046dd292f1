package se.samverkan.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    public List<WebhookSubscription> ofClient(String clientId) {
        return list("clientId", Sort.by("createdAt", "id"), clientId);
    }

    public List<WebhookSubscription> all() {
        return listAll(Sort.by("createdAt", "id"));
    }

    public List<UUID> activeIds() {
        return find("status", WebhookStatus.ACTIVE).project(IdOnly.class).list().stream()
                .map(IdOnly::id)
                .toList();
    }

    public record IdOnly(UUID id) {}
}
