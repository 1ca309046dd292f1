package se.samverkan.national;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

public final class NationalDtos {

    private NationalDtos() {}

    @Schema(name = "AgreementCounts", description = "Agreements in force in the year, by kind")
    public record AgreementCounts(
            @Schema(description = "RÖK") long regional,
            @Schema(description = "LÖK") long local,
            @Schema(description = "RUS") long strategy,
            @Schema(description = "Samverkansdokument") long cooperationPlan) {}

    @Schema(
            name = "GoalAreaStatusCounts",
            description = "Goal areas followed up in the year's rounds, by their aggregate status (the least favourable"
                    + " status among the accepted assessments that assess the area)")
    public record GoalAreaStatusCounts(long onTrack, long partly, long notOnTrack, long notAssessed) {}

    @Schema(name = "NationalFigures", description = "One county's figures, or the whole country's")
    public record Figures(
            AgreementCounts agreementsInForce,
            long municipalities,
            @Schema(description = "Municipalities with a LÖK in force in the year") long municipalitiesWithLok,
            GoalAreaStatusCounts followUp,
            @Schema(description = "Action items open or in progress now") long openActionItems,
            @Schema(description = "Of the open action items, those past their due date") long overdueActionItems,
            @Optional
                    @Schema(
                            description = "Agreements being drafted or consulted on whose period reaches the year;"
                                    + " national readers and admins only",
                            nullable = true)
                    Long agreementsInPreparation) {}

    @Schema(name = "CountyComparison", description = "One county's row of the national comparison")
    public record CountyComparison(String countyCode, String countyName, Figures figures) {}

    @Schema(name = "MunicipalityLok", description = "One municipality and the LÖK in force there in the year, if any")
    public record MunicipalityLok(
            String code,
            String name,
            String countyCode,
            @Optional @Schema(description = "The LÖK in force (the latest when several are)", nullable = true)
                    UUID lokAgreementId,
            @Optional @Schema(nullable = true) String lokTitle) {}

    @Schema(
            name = "NationalOverview",
            description = "The 21 counties side by side in one year, with the country's totals and every municipality's"
                    + " LÖK")
    public record NationalOverview(
            int year,
            @Schema(
                            description = "Includes what is not public: agreements in preparation, follow-up not"
                                    + " approved yet, action items of unpublished minutes (national readers, admins)")
                    boolean internal,
            List<CountyComparison> counties,
            Figures totals,
            List<MunicipalityLok> municipalities) {}

    @Schema(
            name = "NationalIndicatorValue",
            description =
                    "One indicator's values in one place (the county when no municipality) in the year, by gender")
    public record IndicatorValueRow(
            UUID indicatorId,
            String indicator,
            String unit,
            @Optional @Schema(nullable = true) String koladaKpi,
            String countyCode,
            String countyName,
            UUID agreementId,
            String agreement,
            @Optional @Schema(nullable = true) String municipalityCode,
            @Optional @Schema(nullable = true) String municipalityName,
            @Optional @Schema(nullable = true) BigDecimal total,
            @Optional @Schema(nullable = true) BigDecimal women,
            @Optional @Schema(nullable = true) BigDecimal men,
            @Schema(description = "Sample data, not real statistics") boolean sample) {}

    @Schema(name = "NationalIndicatorValuePage")
    public record IndicatorValuePage(
            int year, boolean internal, List<IndicatorValueRow> items, long total, int page, int size) {}
}
