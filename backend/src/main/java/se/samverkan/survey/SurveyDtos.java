package se.samverkan.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of surveys. */
public final class SurveyDtos {

    private SurveyDtos() {}

    @Schema(name = "SurveyListItem")
    public record SurveyListItem(
            @Schema(required = true) UUID id,
            @Schema(description = "Absent for a national survey") String countyCode,
            String countyName,
            @Schema(required = true) String title,
            @Schema(required = true) int year,
            @Schema(required = true) LocalDate opensOn,
            @Schema(required = true) LocalDate closesOn,
            @Schema(required = true) SurveyStatus status,
            @Schema(required = true) int recipients,
            @Schema(required = true, description = "Submitted answers") int answered,
            @Schema(description = "The caller's organisation's answer, when it is asked: absent, DRAFT or SUBMITTED")
                    AnswerStatus myAnswer,
            @Schema(description = "Whether the caller's organisation is asked") boolean asked,
            ProvenanceDto provenance) {}

    @Schema(name = "SurveyQuestion")
    public record QuestionDto(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "The question's identity across years (kept by a copy)") UUID key,
            @Schema(required = true) QuestionKind kind,
            @Schema(required = true) String text,
            String help,
            @Schema(required = true) boolean required,
            @Schema(required = true) CommentMode commentMode,
            String unit,
            BigDecimal minValue,
            BigDecimal maxValue,
            @Schema(required = true) boolean genderSplit,
            @Schema(required = true) List<String> options) {}

    @Schema(name = "SurveyTheme")
    public record ThemeDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(description = "The coordinator's summary (Läget)") String summary,
            @Schema(required = true) List<QuestionDto> questions) {}

    @Schema(name = "SurveyPermissions")
    public record SurveyPermissions(
            @Schema(required = true) boolean update,
            @Schema(required = true) List<SurveyStatus> statusChanges,
            @Schema(required = true) boolean copy,
            @Schema(required = true) boolean summarise,
            @Schema(required = true) boolean readResults,
            @Schema(required = true) boolean export,
            @Schema(
                            required = true,
                            description = "The counties of a national survey whose internal picture the caller follows"
                                    + " (a county coordinator's own) without reading the whole one; read them with"
                                    + " results?county=")
                    List<String> followCounties,
            @Schema(description = "The organisation the caller answers for, when it is asked and the survey is open")
                    OrganisationReference answerFor) {}

    @Schema(name = "Survey")
    public record SurveyDto(
            @Schema(required = true) UUID id,
            @Schema(description = "Absent for a national survey") String countyCode,
            String countyName,
            @Schema(required = true) String title,
            @Schema(required = true) int year,
            @Schema(required = true) LocalDate opensOn,
            @Schema(required = true) LocalDate closesOn,
            String introduction,
            @Schema(required = true) boolean includeRegion,
            @Schema(required = true) SurveyStatus status,
            UUID copiedFromId,
            Instant publishedAt,
            @Schema(required = true) List<ThemeDto> themes,
            @Schema(required = true) List<OrganisationReference> recipients,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) SurveyPermissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "SurveyAnswerItem")
    public record AnswerItemDto(
            @Schema(required = true) UUID questionKey,
            Rating agreement,
            String comment,
            @Schema(required = true) boolean publishable,
            String text,
            BigDecimal number,
            BigDecimal women,
            BigDecimal men,
            @Schema(required = true) List<String> options) {}

    @Schema(name = "SurveyAnswerPermissions")
    public record AnswerPermissions(
            @Schema(required = true) boolean save,
            @Schema(required = true) boolean submit,
            @Schema(required = true) boolean reopen) {}

    @Schema(
            name = "SurveyAnswer",
            description = "An organisation's answer; version 0 and no status before the first save")
    public record AnswerDto(
            @Schema(required = true) UUID surveyId,
            @Schema(required = true) OrganisationReference organisation,
            @Schema(description = "Absent before the first save") AnswerStatus status,
            Instant submittedAt,
            String submittedBy,
            @Schema(required = true) List<AnswerItemDto> items,
            @Schema(required = true) long version,
            Instant updatedAt,
            String updatedBy,
            @Schema(required = true) AnswerPermissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "SurveyAgreementCount")
    public record AgreementCount(@Schema(required = true) Rating agreement, @Schema(required = true) int count) {}

    @Schema(name = "SurveyOptionCount")
    public record OptionCount(@Schema(required = true) String option, @Schema(required = true) int count) {}

    @Schema(name = "SurveyComment", description = "A comment or free text with its organisation")
    public record CommentDto(
            @Schema(required = true) OrganisationReference organisation,
            @Schema(required = true) String text,
            @Schema(required = true) boolean publishable) {}

    @Schema(name = "SurveyNumbers", description = "Sums over the submitted answers; women and men when split")
    public record NumbersDto(
            @Schema(required = true) int count,
            BigDecimal total,
            BigDecimal minimum,
            BigDecimal maximum,
            BigDecimal women,
            BigDecimal men) {}

    @Schema(name = "SurveyEarlierYear", description = "The same statement (same key) in an earlier survey")
    public record EarlierYear(
            @Schema(required = true) UUID surveyId,
            @Schema(required = true) int year,
            @Schema(required = true) List<AgreementCount> distribution) {}

    @Schema(name = "SurveyQuestionResult")
    public record QuestionResult(
            @Schema(required = true) UUID key,
            @Schema(required = true) QuestionKind kind,
            @Schema(required = true) String text,
            String unit,
            @Schema(required = true, description = "Submitted answers to this question") int answered,
            @Schema(required = true, description = "Statements: every step of the scale, also those with 0")
                    List<AgreementCount> distribution,
            @Schema(required = true) List<OptionCount> choices,
            NumbersDto numbers,
            @Schema(required = true, description = "Internal: all; public: only those marked publishable")
                    List<CommentDto> comments,
            @Schema(required = true) List<EarlierYear> earlier) {}

    @Schema(name = "SurveyThemeResult")
    public record ThemeResult(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            String summary,
            @Schema(required = true) List<QuestionResult> questions) {}

    @Schema(name = "SurveyResults")
    public record ResultsDto(
            @Schema(required = true) UUID surveyId,
            @Schema(required = true) String title,
            @Schema(required = true) int year,
            String countyCode,
            String countyName,
            @Schema(required = true) SurveyStatus status,
            @Schema(description = "The county the figures are limited to (national survey)") String scope,
            @Schema(required = true) int recipients,
            @Schema(required = true) int answered,
            @Schema(required = true, description = "Whole per cent, rounded half up") int responseRate,
            @Schema(required = true, description = "Who has submitted; empty in the public picture")
                    List<OrganisationReference> answeredBy,
            @Schema(required = true, description = "Who has not submitted; empty in the public picture")
                    List<OrganisationReference> notAnswered,
            @Schema(required = true, description = "Whether this is the internal view (every comment)")
                    boolean internal,
            @Schema(required = true, description = "Whether any counted answer is sample data") boolean sampleData,
            @Schema(required = true) List<ThemeResult> themes) {}

    @Schema(name = "SurveyCountyPicture")
    public record CountyPicture(
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(required = true) int recipients,
            @Schema(required = true) int answered,
            @Schema(required = true) int responseRate,
            @Schema(required = true, description = "Per statement key: the distribution")
                    List<StatementPicture> statements) {}

    @Schema(name = "SurveyStatementPicture")
    public record StatementPicture(
            @Schema(required = true) UUID key,
            @Schema(required = true) String text,
            @Schema(required = true) List<AgreementCount> distribution) {}

    @Schema(name = "SurveyCountyComparison", description = "The county pictures side by side and the national total")
    public record ComparisonDto(
            @Schema(required = true) UUID surveyId,
            @Schema(required = true) int recipients,
            @Schema(required = true) int answered,
            @Schema(required = true) int responseRate,
            @Schema(required = true) List<CountyPicture> counties) {}
}
