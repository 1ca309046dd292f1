package se.samverkan.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class CountyRepository implements PanacheRepositoryBase<County, String> {

    /** Codes known to exist. A county is never removed (the loader only upserts SCB's codes), so a yes stays true. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** Whether a county has this code; a list filter checks it per request, so a known code costs no statement. */
    public boolean exists(String code) {
        if (known.contains(code)) {
            return true;
        }
        boolean exists = findById(code) != null;
        if (exists) {
            known.add(code);
        }
        return exists;
    }

    public List<County> listByCode() {
        return listAll(Sort.by("code"));
    }
}
