package se.samverkan.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** What clients send to the survey operations. */
public final class SurveyInputs {

    private SurveyInputs() {}

    static final String BIG = "999999999999";

    @Schema(name = "SurveyQuestionInput", description = "A question; send the key of an existing one to keep it")
    public record QuestionInput(
            @Optional @Schema(description = "The question's identity across years; absent for a new question") UUID key,
            @NotNull(message = "{validation.required}") QuestionKind kind,
            @Schema(example = "Kommunen har god beredskap för mottagandet")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 2000, message = "{validation.at-most-characters}")
                    String text,
            @Optional @Size(max = 2000, message = "{validation.at-most-characters}") String help,
            @Optional @Schema(description = "An answer is needed before the organisation submits") Boolean required,
            @Optional @Schema(description = "For statements: whether a comment is asked for") CommentMode commentMode,
            @Optional @Size(max = 50, message = "{validation.at-most-characters}") String unit,
            @Optional
                    @DecimalMin(value = "-" + BIG, message = "{validation.must-be-value-or-more}")
                    @DecimalMax(value = BIG, message = "{validation.must-be-value-or-less}")
                    BigDecimal minValue,
            @Optional
                    @DecimalMin(value = "-" + BIG, message = "{validation.must-be-value-or-more}")
                    @DecimalMax(value = BIG, message = "{validation.must-be-value-or-less}")
                    BigDecimal maxValue,
            @Optional @Schema(description = "For numbers: asked for women, men and in total") Boolean genderSplit,
            @Optional
                    @Schema(description = "For choices: the options in order")
                    @Size(max = 30, message = "{validation.at-most-entries}")
                    List<
                                    @NotBlank(message = "{validation.not-blank}")
                                    @Size(max = 300, message = "{validation.at-most-characters}") String>
                            options) {}

    @Schema(name = "SurveyThemeInput")
    public record ThemeInput(
            @Optional @Schema(description = "The id of an existing theme, to keep its summary") UUID id,
            @Schema(example = "Boende")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 300, message = "{validation.at-most-characters}")
                    String title,
            @Optional @Size(max = 100, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.required}") @Valid QuestionInput> questions) {}

    @Schema(name = "SurveyInput")
    public record SurveyInput(
            @Optional
                    @Schema(
                            description = "The owning county; absent for a national survey (administrators)",
                            example = "19")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String countyCode,
            @Schema(example = "Lägesbild 2027")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 300, message = "{validation.at-most-characters}")
                    String title,
            @Schema(example = "2027")
                    @NotNull(message = "{validation.required}")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    Integer year,
            @NotNull(message = "{validation.required}") LocalDate opensOn,
            @NotNull(message = "{validation.required}") LocalDate closesOn,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String introduction,
            @Optional @Schema(description = "Ask the region too (default recipients only)") Boolean includeRegion,
            @Optional
                    @Schema(
                            description =
                                    "The organisations asked; absent: every municipality of the county (all for a national"
                                            + " survey), and the region when includeRegion is set")
                    @Size(max = 400, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.required}") UUID> recipientIds,
            @Optional @Size(max = 30, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.required}") @Valid ThemeInput> themes) {}

    @Schema(name = "SurveyCopyInput", description = "Next year's survey from this one: themes and question keys kept")
    public record CopyInput(
            @Schema(example = "2027")
                    @NotNull(message = "{validation.required}")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    Integer year,
            @Optional @Size(max = 300, message = "{validation.at-most-characters}") String title,
            @NotNull(message = "{validation.required}") LocalDate opensOn,
            @NotNull(message = "{validation.required}") LocalDate closesOn,
            @Optional
                    @Schema(
                            description = "The copy's county, e.g. a county's own survey from the national questions;"
                                    + " absent: the same owner. Another owner asks its default recipients",
                            example = "19")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String countyCode) {}

    @Schema(name = "SurveyStatusInput")
    public record StatusInput(@NotNull(message = "{validation.required}") SurveyStatus status) {}

    @Schema(name = "SurveySummaryInput")
    public record SummaryInput(
            @NotNull(message = "{validation.required}") UUID themeId,
            @Optional @Size(max = 20000, message = "{validation.at-most-characters}") String text) {}

    @Schema(name = "SurveySummariesInput", description = "The coordinator's summary (Läget) per theme")
    public record SummariesInput(
            @NotNull(message = "{validation.required}") @Size(max = 30, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.required}") @Valid SummaryInput> summaries) {}

    @Schema(name = "SurveyAnswerItemInput", description = "The answer to one question; the fields follow its kind")
    public record AnswerItemInput(
            @NotNull(message = "{validation.required}") UUID questionKey,
            @Optional Rating agreement,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String comment,
            @Optional @Schema(description = "The comment (or text) may be shown with the published picture")
                    Boolean publishable,
            @Optional @Size(max = 20000, message = "{validation.at-most-characters}") String text,
            @Optional
                    @DecimalMin(value = "-" + BIG, message = "{validation.must-be-value-or-more}")
                    @DecimalMax(value = BIG, message = "{validation.must-be-value-or-less}")
                    BigDecimal number,
            @Optional
                    @DecimalMin(value = "-" + BIG, message = "{validation.must-be-value-or-more}")
                    @DecimalMax(value = BIG, message = "{validation.must-be-value-or-less}")
                    BigDecimal women,
            @Optional
                    @DecimalMin(value = "-" + BIG, message = "{validation.must-be-value-or-more}")
                    @DecimalMax(value = BIG, message = "{validation.must-be-value-or-less}")
                    BigDecimal men,
            @Optional @Size(max = 30, message = "{validation.at-most-entries}")
                    List<
                                    @NotBlank(message = "{validation.not-blank}")
                                    @Size(max = 300, message = "{validation.at-most-characters}") String>
                            options) {}

    @Schema(name = "SurveyAnswerInput")
    public record AnswerInput(
            @NotNull(message = "{validation.required}") @Size(max = 500, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.required}") @Valid AnswerItemInput> items) {}
}
