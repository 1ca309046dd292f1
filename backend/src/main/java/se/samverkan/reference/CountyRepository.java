package se.samverkan.reference;

import static se.samverkan.common.problem.Text.text;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;

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

    /** Names by code, kept like {@link #known}: SCB's names are upserted at start-up (ReferenceDataLoader), never after. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** A county's name, or empty when no county has the code; a known county costs no statement. */
    public Optional<String> name(String code) {
        String name = names.get(code);
        if (name == null) {
            County county = findById(code);
            if (county == null) {
                return Optional.empty();
            }
            name = county.name;
            names.put(code, name);
            known.add(code);
        }
        return Optional.of(name);
    }

    /**
     * A list filter's county code: none, or one a county has; otherwise a 400 naming {@code parameter}. A known code
     * costs no statement.
     */
    public void requireKnown(String code, String parameter) {
        if (code != null && !exists(code)) {
            throw ProblemException.invalid(parameter, text("common.no-county-code", code));
        }
    }

    /** The county a request names, or a 400 naming {@code field} when none has the code. */
    public County require(String code, String field) {
        County county = findById(code);
        if (county == null) {
            throw ProblemException.invalid(field, text("common.no-county-code", code));
        }
        return county;
    }

    /** The county of an optional code, or null; a code no county has is a violation of {@code field}. */
    public County find(String code, String field, FieldViolations violations) {
        County county = code == null ? null : findById(code);
        if (code != null && county == null) {
            violations.add(field, text("common.no-county-code", code));
        }
        return county;
    }

    public List<County> listByCode() {
        return listAll(Sort.by("code"));
    }
}
