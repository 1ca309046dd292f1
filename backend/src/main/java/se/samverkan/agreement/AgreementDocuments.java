package se.samverkan.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import se.samverkan.agreement.AgreementDtos.AgreementDto;

/**
 * Built agreement documents, kept while nothing they show has changed (V9: document_change advances at the commit
 * of any such change, in every instance's view at once). What depends on the caller (permissions, which linked
 * agreements they may see) is added per request. Bounded: the most recently read documents only.
 */
@ApplicationScoped
class AgreementDocuments {

    private static final int KEPT = 200;

    private record Kept(long change, AgreementDto document) {}

    @Inject
    EntityManager em;

    private final Map<UUID, Kept> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Kept> eldest) {
            return size() > KEPT;
        }
    };

    long currentChange() {
        return ((Number) em.createNativeQuery(
                                "select case when is_called then last_value else 0 end from document_change")
                        .getSingleResult())
                .longValue();
    }

    synchronized AgreementDto get(UUID id, long change) {
        Kept k = kept.get(id);
        return k != null && k.change() == change ? k.document() : null;
    }

    synchronized void keep(UUID id, long change, AgreementDto document) {
        kept.put(id, new Kept(change, document));
    }
}
