package se.samverkan.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import se.samverkan.agreement.AgreementDtos.AgreementPage;

/**
 * Pages of the agreement list, kept while document_change (V9) stands still: a page is decided by its filter, sort,
 * paging and the caller's visibility, and by agreement rows, their parties, goal areas, target groups and county and
 * municipality names, all of which advance document_change when they change. A repeated list or search (the public
 * lists most of all) then costs one statement and no ranking. Bounded: the most recently read pages.
 */
@ApplicationScoped
class AgreementPages {

    private static final int KEPT = 128;

    record Key(
            AgreementRepository.Filter filter,
            AgreementPolicy.Visibility visibility,
            AgreementRepository.SortOrder sort,
            int page,
            int size) {}

    private record Kept(long change, AgreementPage page) {}

    private final Map<Key, Kept> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /** The page kept at this change, or the one {@code search} finds (then kept). */
    AgreementPage get(Key key, long change, Supplier<AgreementPage> search) {
        synchronized (kept) {
            Kept k = kept.get(key);
            if (k != null && k.change() == change) {
                return k.page();
            }
        }
        AgreementPage page = search.get();
        synchronized (kept) {
            kept.put(key, new Kept(change, page));
        }
        return page;
    }
}
