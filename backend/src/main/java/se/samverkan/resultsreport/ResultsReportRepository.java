package se.samverkan.resultsreport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.common.http.CountyYearQuery;

@ApplicationScoped
public class ResultsReportRepository implements PanacheRepositoryBase<ResultsReport, UUID> {

    /** A row of the list: what it shows, projected. */
    public record Row(
            UUID id,
            String countyCode,
            String countyName,
            int year,
            ResultsReportStatus status,
            Instant approvedAt,
            Instant updatedAt) {}

    /** A part of an approved report, for the compilation. */
    public record ApprovedPart(
            UUID reportId, Assignment assignment, String assessment, String successFactors, String areasToDevelop) {}

    /** One report with its county, in one statement (the parts load with the next). */
    public Optional<ResultsReport> findWithCounty(UUID id) {
        return find("select r from ResultsReport r join fetch r.county where r.id = ?1", id)
                .firstResultOptional();
    }

    public boolean exists(String countyCode, int year) {
        return count("county.code = ?1 and year = ?2", countyCode, year) > 0;
    }

    /**
     * Reports by county and year, newest year first, county by code; drafts only of the counties given (all when
     * {@code everything}).
     */
    public List<Row> search(CountyYearQuery query, ResultsReportPolicy.Visibility visibility) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> parameters = new HashMap<>();
        if (!visibility.everything()) {
            if (visibility.counties().isEmpty()) {
                where.append(" and r.status = :approved");
            } else {
                where.append(" and (r.status = :approved or c.code in :visible)");
                parameters.put("visible", visibility.counties());
            }
            parameters.put("approved", ResultsReportStatus.APPROVED);
        }
        if (query.county() != null) {
            where.append(" and c.code = :county");
            parameters.put("county", query.county());
        }
        if (query.year() != null) {
            where.append(" and r.year = :year");
            parameters.put("year", query.year());
        }
        var select = getEntityManager()
                .createQuery(
                        "select new se.samverkan.resultsreport.ResultsReportRepository$Row(r.id, c.code, c.name,"
                                + " r.year, r.status, r.approvedAt, r.updatedAt) from ResultsReport r join r.county c"
                                + " where " + where + " order by r.year desc, c.code",
                        Row.class)
                .setMaxResults(500);
        parameters.forEach(select::setParameter);
        return select.getResultList();
    }

    /** The approved reports of a year, by county code. */
    public List<Row> approvedIn(int year) {
        return getEntityManager()
                .createQuery(
                        "select new se.samverkan.resultsreport.ResultsReportRepository$Row(r.id, c.code, c.name,"
                                + " r.year, r.status, r.approvedAt, r.updatedAt) from ResultsReport r join r.county c"
                                + " where r.year = :year and r.status = :approved order by c.code",
                        Row.class)
                .setParameter("year", year)
                .setParameter("approved", ResultsReportStatus.APPROVED)
                .getResultList();
    }

    /** Every part of the approved reports of a year, in one statement. */
    public List<ApprovedPart> approvedPartsIn(int year) {
        return getEntityManager()
                .createQuery(
                        "select new se.samverkan.resultsreport.ResultsReportRepository$ApprovedPart(r.id,"
                                + " p.assignment, p.assessment, p.successFactors, p.areasToDevelop)"
                                + " from ResultsReport r join r.parts p where r.year = :year and r.status = :approved",
                        ApprovedPart.class)
                .setParameter("year", year)
                .setParameter("approved", ResultsReportStatus.APPROVED)
                .getResultList();
    }
}
