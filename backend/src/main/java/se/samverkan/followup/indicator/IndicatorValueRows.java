package se.samverkan.followup.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.followup.FollowUpDtos.ValueDto;
import se.samverkan.followup.IndicatorValueRepository;

/**
 * The value rows of recently read indicators, kept while their fingerprint (count, latest write, municipality names)
 * is unchanged: a read costs one small aggregate instead of fetching and mapping thousands of rows. The fingerprint is
 * read before the rows, so rows kept under a fingerprint are never older than it. Bounded: recently read indicators.
 */
@ApplicationScoped
class IndicatorValueRows {

    private static final int KEPT = 64;

    private record Kept(IndicatorValueRepository.Fingerprint fingerprint, List<ValueDto> rows) {}

    @Inject
    IndicatorValueRepository values;

    private final Map<UUID, Kept> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /** Within the caller's transaction. */
    List<ValueDto> of(UUID indicatorId) {
        IndicatorValueRepository.Fingerprint fingerprint = values.fingerprintOf(indicatorId);
        synchronized (kept) {
            Kept k = kept.get(indicatorId);
            if (k != null && k.fingerprint().equals(fingerprint)) {
                return k.rows();
            }
        }
        List<ValueDto> rows = values.rowsOf(indicatorId);
        synchronized (kept) {
            kept.put(indicatorId, new Kept(fingerprint, rows));
        }
        return rows;
    }
}
