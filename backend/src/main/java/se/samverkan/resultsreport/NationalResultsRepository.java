package se.samverkan.resultsreport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class NationalResultsRepository implements PanacheRepositoryBase<NationalResults, Integer> {

    /** The national summary of a year with its parts, in one statement. */
    public Optional<NationalResults> ofYear(int year) {
        return find("select n from NationalResults n left join fetch n.parts where n.year = ?1", year)
                .singleResultOptional();
    }
}
