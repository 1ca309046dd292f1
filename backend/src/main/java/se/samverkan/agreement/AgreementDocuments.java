package se.samverkan.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.agreement.AgreementDtos.Permissions;
import se.samverkan.common.http.PublicReads;

/**
 * Built agreement documents, kept while nothing they show has changed (the document counter, change_counter V41, advances at the commit
 * of any such change, in every instance's view at once). What depends on the caller (permissions, which linked
 * agreements they may see) is decided per request, and each distinct view of a kept document (the same visibility and
 * permissions give the same linked agreements: they are agreement rows, which advance that counter too) is kept
 * with its JSON, so a repeated read neither queries the links nor serialises again. Bounded: the most recently read
 * documents only, and a few views of each.
 */
@ApplicationScoped
class AgreementDocuments {

    private static final int KEPT = 200;

    /** Distinct caller views kept per document (anonymous, admin, a county's coordinators …); more start over. */
    private static final int VIEWS = 32;

    private record Kept(long change, AgreementDto document, Map<View, Rendered> views) {}

    /** What a caller's view of a document depends on besides the document. */
    record View(AgreementPolicy.Visibility visibility, Permissions permissions) {}

    /** A caller's view of a document and its JSON, written once on first use. */
    static final class Rendered {
        private final AgreementDto document;
        private volatile byte[] json;
        private volatile String contentTag;

        Rendered(AgreementDto document) {
            this.document = document;
        }

        AgreementDto document() {
            return document;
        }

        /** The JSON the REST layer would write for the document (the same mapper). */
        byte[] json(ObjectMapper mapper) {
            byte[] bytes = json;
            if (bytes == null) {
                try {
                    bytes = mapper.writeValueAsBytes(document);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                json = bytes;
            }
            return bytes;
        }

        String contentTag(ObjectMapper mapper) {
            String tag = contentTag;
            if (tag == null) {
                tag = PublicReads.contentTag(json(mapper));
                contentTag = tag;
            }
            return tag;
        }
    }

    @Inject
    EntityManager em;

    private final Map<UUID, Kept> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Kept> eldest) {
            return size() > KEPT;
        }
    };

    long currentChange() {
        return ((Number) em.createNativeQuery("select document from change_counter")
                        .getSingleResult())
                .longValue();
    }

    synchronized AgreementDto get(UUID id, long change) {
        Kept k = kept.get(id);
        return k != null && k.change() == change ? k.document() : null;
    }

    synchronized void keep(UUID id, long change, AgreementDto document) {
        kept.put(id, new Kept(change, document, new ConcurrentHashMap<>()));
    }

    /** The caller's view of a kept document, built by {@code build} when not kept (or the document is no longer). */
    Rendered view(UUID id, long change, View view, Supplier<AgreementDto> build) {
        Map<View, Rendered> views;
        synchronized (this) {
            Kept k = kept.get(id);
            views = k != null && k.change() == change ? k.views() : null;
        }
        if (views == null) {
            return new Rendered(build.get());
        }
        Rendered rendered = views.get(view);
        if (rendered == null) {
            rendered = new Rendered(build.get());
            if (views.size() >= VIEWS) {
                views.clear();
            }
            views.put(view, rendered);
        }
        return rendered;
    }
}
