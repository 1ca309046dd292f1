package se.samverkan.followup.kolada;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KoladaFetchRepository implements PanacheRepositoryBase<KoladaFetch, UUID> {

    /** The latest fetches of an indicator, newest first. */
    public List<KoladaFetch> latestOf(UUID indicatorId, int limit) {
        return find("indicatorId = ?1 order by startedAt desc, id", indicatorId)
                .page(0, limit)
                .list();
    }
}
