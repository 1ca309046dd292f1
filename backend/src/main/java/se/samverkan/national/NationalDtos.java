package se.samverkan.national;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class NationalDtos {

    private NationalDtos() {}

    @Schema(name = "AgreementCounts", description = "Agreements in force in the year, by kind")
    public record AgreementCounts(
            @Schema(required = true, description = "RÖK") long regional,
            @Schema(required = true, description = "LÖK") long local,
            @Schema(required = true, description = "RUS") long strategy,
            @Schema(required = true, description = "Samverkansdokument") long cooperationPlan) {}

    @Schema(
            name = "GoalAreaStatusCounts",
            description = "Goal areas followed up in the year's rounds, by their aggregate status (the least favourable"
                    + " status among the accepted assessments that assess the area)")
    public record GoalAreaStatusCounts(
            @Schema(required = true) long onTrack,
            @Schema(required = true) long partly,
            @Schema(required = true) long notOnTrack,
            @Schema(required = true) long notAssessed) {}

    @Schema(name = "NationalFigures", description = "One county's figures, or the whole country's")
    public record Figures(
            @Schema(required = true) AgreementCounts agreementsInForce,
            @Schema(required = true) long municipalities,
            @Schema(required = true, description = "Municipalities with a LÖK in force in the year")
                    long municipalitiesWithLok,
            @Schema(required = true) GoalAreaStatusCounts followUp,
            @Schema(required = true, description = "Action items open or in progress now") long openActionItems,
            @Schema(required = true, description = "Of the open action items, those past their due date")
                    long overdueActionItems,
            @Schema(
                            description = "Agreements being drafted or consulted on whose period reaches the year;"
                                    + " national readers and admins only",
                            nullable = true)
                    Long agreementsInPreparation) {}

    @Schema(name = "CountyComparison", description = "One county's row of the national comparison")
    public record CountyComparison(
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(required = true) Figures figures) {}

    @Schema(name = "MunicipalityLok", description = "One municipality and the LÖK in force there in the year, if any")
    public record MunicipalityLok(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) String countyCode,
            @Schema(description = "The LÖK in force (the latest when several are)", nullable = true)
                    UUID lokAgreementId,
            @Schema(nullable = true) String lokTitle) {}

    @Schema(
            name = "NationalOverview",
            description = "The 21 counties side by side in one year, with the country's totals and every municipality's"
                    + " LÖK")
    public record NationalOverview(
            @Schema(required = true) int year,
            @Schema(
                            required = true,
                            description = "Includes what is not public: agreements in preparation, follow-up not"
                                    + " approved yet, action items of unpublished minutes (national readers, admins)")
                    boolean internal,
            @Schema(required = true) List<CountyComparison> counties,
            @Schema(required = true) Figures totals,
            @Schema(required = true) List<MunicipalityLok> municipalities) {}

    @Schema(
            name = "NationalIndicatorValue",
            description =
                    "One indicator's values in one place (the county when no municipality) in the year, by gender")
    public record IndicatorValueRow(
            @Schema(required = true) UUID indicatorId,
            @Schema(required = true) String indicator,
            @Schema(required = true) String unit,
            @Schema(nullable = true) String koladaKpi,
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(required = true) UUID agreementId,
            @Schema(required = true) String agreement,
            @Schema(nullable = true) String municipalityCode,
            @Schema(nullable = true) String municipalityName,
            @Schema(nullable = true) BigDecimal total,
            @Schema(nullable = true) BigDecimal women,
            @Schema(nullable = true) BigDecimal men,
            @Schema(required = true, description = "Sample data, not real statistics") boolean sample) {}

    @Schema(name = "NationalIndicatorValuePage")
    public record IndicatorValuePage(
            @Schema(required = true) int year,
            @Schema(required = true) boolean internal,
            @Schema(required = true) List<IndicatorValueRow> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {}
}
