package se.samverkan.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of surveys. */
public final class SurveyDtos {

    private SurveyDtos() {}

    @Schema(name = "SurveyListItem")
    public record SurveyListItem(
            UUID id,
            @Optional @Schema(description = "Absent for a national survey") String countyCode,
            @Optional String countyName,
            String title,
            int year,
            LocalDate opensOn,
            LocalDate closesOn,
            SurveyStatus status,
            int recipients,
            @Schema(description = "Submitted answers") int answered,
            @Optional
                    @Schema(
                            description =
                                    "The caller's organisation's answer, when it is asked: absent, DRAFT or SUBMITTED")
                    AnswerStatus myAnswer,
            @Schema(description = "Whether the caller's organisation is asked") boolean asked,
            @Optional ProvenanceDto provenance) {}

    @Schema(name = "SurveyQuestion")
    public record QuestionDto(
            UUID id,
            @Schema(description = "The question's identity across years (kept by a copy)") UUID key,
            QuestionKind kind,
            String text,
            @Optional String help,
            boolean required,
            CommentMode commentMode,
            @Optional String unit,
            @Optional BigDecimal minValue,
            @Optional BigDecimal maxValue,
            boolean genderSplit,
            List<String> options) {}

    @Schema(name = "SurveyTheme")
    public record ThemeDto(
            UUID id,
            String title,
            @Optional @Schema(description = "The coordinator's summary (Läget)") String summary,
            List<QuestionDto> questions) {}

    @Schema(name = "SurveyPermissions")
    public record SurveyPermissions(
            boolean update,
            List<SurveyStatus> statusChanges,
            boolean copy,
            boolean summarise,
            boolean readResults,
            boolean export,
            @Schema(
                            description = "The counties of a national survey whose internal picture the caller follows"
                                    + " (a county coordinator's own) without reading the whole one; read them with"
                                    + " results?county=")
                    List<String> followCounties,
            @Optional
                    @Schema(
                            description =
                                    "The organisation the caller answers for, when it is asked and the survey is open")
                    OrganisationReference answerFor) {}

    @Schema(name = "Survey")
    public record SurveyDto(
            UUID id,
            @Optional @Schema(description = "Absent for a national survey") String countyCode,
            @Optional String countyName,
            String title,
            int year,
            LocalDate opensOn,
            LocalDate closesOn,
            @Optional String introduction,
            boolean includeRegion,
            SurveyStatus status,
            @Optional UUID copiedFromId,
            @Optional Instant publishedAt,
            List<ThemeDto> themes,
            List<OrganisationReference> recipients,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            SurveyPermissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "SurveyAnswerItem")
    public record AnswerItemDto(
            UUID questionKey,
            @Optional Rating agreement,
            @Optional String comment,
            boolean publishable,
            @Optional String text,
            @Optional BigDecimal number,
            @Optional BigDecimal women,
            @Optional BigDecimal men,
            List<String> options) {}

    @Schema(name = "SurveyAnswerPermissions")
    public record AnswerPermissions(boolean save, boolean submit, boolean reopen) {}

    @Schema(
            name = "SurveyAnswer",
            description = "An organisation's answer; version 0 and no status before the first save")
    public record AnswerDto(
            UUID surveyId,
            OrganisationReference organisation,
            @Optional @Schema(description = "Absent before the first save") AnswerStatus status,
            @Optional Instant submittedAt,
            @Optional String submittedBy,
            List<AnswerItemDto> items,
            @Schema(description = "0 before the first save; a stored answer's versions start at 1") long version,
            @Optional Instant updatedAt,
            @Optional String updatedBy,
            AnswerPermissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "SurveyAgreementCount")
    public record AgreementCount(Rating agreement, int count) {}

    @Schema(name = "SurveyOptionCount")
    public record OptionCount(String option, int count) {}

    @Schema(name = "SurveyComment", description = "A comment or free text with its organisation")
    public record CommentDto(OrganisationReference organisation, String text, boolean publishable) {}

    @Schema(name = "SurveyNumbers", description = "Sums over the submitted answers; women and men when split")
    public record NumbersDto(
            int count,
            @Optional BigDecimal total,
            @Optional BigDecimal minimum,
            @Optional BigDecimal maximum,
            @Optional BigDecimal women,
            @Optional BigDecimal men) {}

    @Schema(name = "SurveyEarlierYear", description = "The same statement (same key) in an earlier survey")
    public record EarlierYear(UUID surveyId, int year, List<AgreementCount> distribution) {}

    @Schema(name = "SurveyQuestionResult")
    public record QuestionResult(
            UUID key,
            QuestionKind kind,
            String text,
            @Optional String unit,
            @Schema(description = "Submitted answers to this question") int answered,
            @Schema(description = "Statements: every step of the scale, also those with 0")
                    List<AgreementCount> distribution,
            List<OptionCount> choices,
            @Optional NumbersDto numbers,
            @Schema(description = "Internal: all; public: only those marked publishable") List<CommentDto> comments,
            List<EarlierYear> earlier) {}

    @Schema(name = "SurveyThemeResult")
    public record ThemeResult(UUID id, String title, @Optional String summary, List<QuestionResult> questions) {}

    @Schema(name = "SurveyResults")
    public record ResultsDto(
            UUID surveyId,
            String title,
            int year,
            @Optional String countyCode,
            @Optional String countyName,
            SurveyStatus status,
            @Optional @Schema(description = "The county the figures are limited to (national survey)") String scope,
            int recipients,
            int answered,
            @Schema(description = "Whole per cent, rounded half up") int responseRate,
            @Schema(description = "Who has submitted; empty in the public picture")
                    List<OrganisationReference> answeredBy,
            @Schema(description = "Who has not submitted; empty in the public picture")
                    List<OrganisationReference> notAnswered,
            @Schema(description = "Whether this is the internal view (every comment)") boolean internal,
            @Schema(description = "Whether any counted answer is sample data") boolean sampleData,
            List<ThemeResult> themes) {}

    @Schema(name = "SurveyCountyPicture")
    public record CountyPicture(
            String countyCode,
            String countyName,
            int recipients,
            int answered,
            int responseRate,
            @Schema(description = "Per statement key: the distribution") List<StatementPicture> statements) {}

    @Schema(name = "SurveyStatementPicture")
    public record StatementPicture(UUID key, String text, List<AgreementCount> distribution) {}

    @Schema(name = "SurveyCountyComparison", description = "The county pictures side by side and the national total")
    public record ComparisonDto(
            UUID surveyId, int recipients, int answered, int responseRate, List<CountyPicture> counties) {}
}
