package se.samverkan.survey;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

    /** One survey with its county, in one statement. */
    public java.util.Optional<Survey> findWithCounty(UUID id) {
        return find("select s from Survey s left join fetch s.county where s.id = ?1", id)
                .firstResultOptional();
    }

    /** Surveys of a county (or the national ones), newest year first; the caller's visibility filters drafts. */
    public List<Survey> search(SurveyQuery query, SurveyPolicy.Visibility visibility) {
        StringBuilder where = new StringBuilder("true");
        var parameters = new java.util.HashMap<String, Object>();
        if (!visibility.everything()) {
            if (visibility.counties().isEmpty()) {
                where.append(" and s.status <> :draft");
            } else {
                where.append(" and (s.status <> :draft or s.county.code in :visible)");
                parameters.put("visible", visibility.counties());
            }
            parameters.put("draft", SurveyStatus.DRAFT);
        }
        if (query.national() != null && query.national()) {
            where.append(" and s.county is null");
        } else if (query.county() != null) {
            where.append(" and s.county.code = :county");
            parameters.put("county", query.county());
        }
        if (query.year() != null) {
            where.append(" and s.year = :year");
            parameters.put("year", query.year());
        }
        if (query.status() != null) {
            where.append(" and s.status = :status");
            parameters.put("status", query.status());
        }
        return find(
                        "select s from Survey s left join fetch s.county where " + where
                                + " order by s.year desc, s.title, s.id",
                        parameters)
                .range(0, 499)
                .list();
    }
}
