package se.samverkan.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.LegalReferenceDto;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.validation.CaseNumbers;

/** What clients send to the funding operations. Money is a decimal string (see {@link Money}). */
public final class FundingInputs {

    private FundingInputs() {}

    @Schema(name = "FundingProgrammeInput")
    public record ProgrammeInput(
            @NotNull(message = "{validation.required}") ProgrammeKind kind,
            @Schema(example = "Utvecklingsmedel enligt § 37")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 200, message = "{validation.at-most-characters}")
                    String name,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Optional
                    @Schema(
                            description =
                                    "The statute the money is paid under, format-checked as an agreement's legal basis")
                    @Valid
                    LegalReferenceDto legalBasis,
            @Optional @Schema(example = "Länsstyrelsen") @Size(max = 200, message = "{validation.at-most-characters}")
                    String managingAuthority) {}

    @Schema(name = "FundingStrategyRef", description = "A strategy of a goal area, by its position (0 = first)")
    public record StrategyRef(
            @NotNull(message = "{validation.required}") UUID goalAreaId,
            @NotNull(message = "{validation.required}")
                    @Min(value = 0, message = "{validation.must-be-value-or-more}")
                    @Max(value = 999, message = "{validation.must-be-value-or-less}")
                    Integer index) {}

    @Schema(name = "FundingPriorityInput")
    public record PriorityInput(
            @Schema(example = "Föräldrastöd")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 5000, message = "{validation.at-most-characters}")
                    String text,
            @Optional @Size(max = 50, message = "{validation.must-name-at-most-50-goal-areas}")
                    List<@NotNull(message = "{validation.required}") UUID> goalAreaIds,
            @Optional @Size(max = 100, message = "{validation.must-name-at-most-100-strategies}")
                    List<@NotNull(message = "{validation.required}") @Valid StrategyRef> strategies,
            @Optional @Size(max = 20, message = "{validation.must-name-at-most-20-target-groups}")
                    List<@NotNull(message = "{validation.required}") TargetGroup> targetGroups) {}

    @Schema(name = "FundingCallInput")
    public record CallInput(
            @NotNull(message = "{validation.required}") UUID programmeId,
            @Schema(example = "19")
                    @NotNull(message = "{validation.required}")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String countyCode,
            @Schema(example = "2027")
                    @NotNull(message = "{validation.required}")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    Integer year,
            @Schema(example = "§ 37-medel 2027")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 300, message = "{validation.at-most-characters}")
                    String title,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Optional @Schema(description = "First day of the period the call funds") LocalDate startsOn,
            @Optional @Schema(description = "Last day of the period the call funds") LocalDate endsOn,
            @Optional @Schema(description = "Last day to submit an application") LocalDate deadline,
            @Optional
                    @Schema(
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            example = "1500000.00",
                            description = Money.DESCRIPTION)
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String budget,
            @Optional
                    @Schema(example = "Fördelning av statliga medel – lägger vikt vid RUS")
                    @Size(max = 5000, message = "{validation.at-most-characters}")
                    String strategyWeight,
            @Optional @Size(max = 50, message = "{validation.must-have-at-most-50-priorities}")
                    List<@NotNull(message = "{validation.required}") @Valid PriorityInput> priorities) {}

    @Schema(name = "FundingCallStatusInput")
    public record CallStatusInput(
            @Schema(description = "OPEN or CLOSED") @NotNull(message = "{validation.required}") CallStatus status) {}

    @Schema(name = "FundingApplicationInput")
    public record ApplicationInput(
            @Schema(description = "Members apply for their own organisation")
                    @NotNull(message = "{validation.required}")
                    UUID applicantOrganisationId,
            @Optional @Size(max = 30, message = "{validation.must-name-at-most-30-co-applicants}")
                    List<@NotNull(message = "{validation.required}") UUID> coApplicantIds,
            @Schema(example = "Språkstöd i vården")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 300, message = "{validation.at-most-characters}")
                    String projectName,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Schema(
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            example = "400000.00",
                            description = Money.DESCRIPTION)
                    @NotNull(message = "{validation.required}")
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String amountApplied,
            @NotNull(message = "{validation.required}") LocalDate startsOn,
            @NotNull(message = "{validation.required}") LocalDate endsOn,
            @Optional @Size(max = 50, message = "{validation.must-name-at-most-50-goal-areas}")
                    List<@NotNull(message = "{validation.required}") UUID> goalAreaIds,
            @Optional @Size(max = 100, message = "{validation.must-name-at-most-100-strategies}")
                    List<@NotNull(message = "{validation.required}") @Valid StrategyRef> strategies,
            @Optional @Size(max = 20, message = "{validation.must-name-at-most-20-target-groups}")
                    List<@NotNull(message = "{validation.required}") TargetGroup> targetGroups) {}

    @Schema(name = "FundingApplicationStatusInput")
    public record ApplicationStatusInput(
            @Schema(description = "SUBMITTED, IN_REVIEW or WITHDRAWN; decisions go to /decision")
                    @NotNull(message = "{validation.required}")
                    ApplicationStatus status) {}

    @Schema(name = "FundingDecisionInput")
    public record DecisionInput(
            @Schema(description = "GRANTED or REJECTED") @NotNull(message = "{validation.required}")
                    ApplicationStatus outcome,
            @Optional
                    @Schema(
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            example = "300000.00",
                            description = "Required when GRANTED; at most the amount applied. " + Money.DESCRIPTION)
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String amountGranted,
            @NotNull(message = "{validation.required}") LocalDate decidedOn,
            @Optional
                    @Schema(example = "851-1234-2027")
                    @Pattern(regexp = CaseNumbers.PATTERN, message = CaseNumbers.MESSAGE)
                    String caseNumber,
            @Optional
                    @Schema(description = "Required when REJECTED")
                    @Size(max = 5000, message = "{validation.at-most-characters}")
                    String reason,
            @Optional @Schema(description = "When GRANTED: the due date of the project's accounting")
                    LocalDate accountingDueOn) {}

    @Schema(name = "FundingBudgetLineInput")
    public record BudgetLineInput(
            @Optional @Schema(description = "A registered programme; or name the source") UUID programmeId,
            @Optional @Schema(example = "Egna medel") @Size(max = 200, message = "{validation.at-most-characters}")
                    String source,
            @NotNull(message = "{validation.required}")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    Integer year,
            @Optional
                    @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String amount) {}

    @Schema(name = "FundingProjectInput")
    public record ProjectInput(
            @Schema(example = "Bosättning Västmanland")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 300, message = "{validation.at-most-characters}")
                    String name,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Schema(example = "19")
                    @NotNull(message = "{validation.required}")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String countyCode,
            @Optional UUID ownerOrganisationId,
            @Optional @Size(max = 30, message = "{validation.must-name-at-most-30-partners}")
                    List<@NotNull(message = "{validation.required}") UUID> partnerIds,
            @Optional LocalDate startsOn,
            @Optional LocalDate endsOn,
            @NotNull(message = "{validation.required}") ProjectStatus status,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String results,
            @Optional @Size(max = 50, message = "{validation.must-have-at-most-50-lines}")
                    List<@NotNull(message = "{validation.required}") @Valid BudgetLineInput> budget,
            @Optional @Size(max = 50, message = "{validation.must-name-at-most-50-goal-areas}")
                    List<@NotNull(message = "{validation.required}") UUID> goalAreaIds,
            @Optional @Size(max = 100, message = "{validation.must-name-at-most-100-strategies}")
                    List<@NotNull(message = "{validation.required}") @Valid StrategyRef> strategies,
            @Optional @Size(max = 20, message = "{validation.must-name-at-most-20-target-groups}")
                    List<@NotNull(message = "{validation.required}") TargetGroup> targetGroups) {}

    @Schema(name = "FundingAccountInput")
    public record AccountInput(@NotNull(message = "{validation.required}") LocalDate dueOn) {}

    @Schema(name = "FundingFilingInput", description = "The project's account: money spent, what was done, results")
    public record FilingInput(
            @Schema(
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            example = "287500.50",
                            description = Money.DESCRIPTION)
                    @NotNull(message = "{validation.required}")
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String spent,
            @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 10000, message = "{validation.at-most-characters}")
                    String whatWasDone,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String results) {}

    @Schema(name = "FundingAccountStatusInput")
    public record AccountStatusInput(
            @Schema(description = "APPROVED, or DUE to return it for completion")
                    @NotNull(message = "{validation.required}")
                    AccountStatus status) {}

    @Schema(
            name = "FundingQualifyInput",
            description = "The responsibilities the project qualifies (\"VKL genom projekt …\"): replaces the list")
    public record QualifyInput(
            @NotNull(message = "{validation.required}")
                    @Size(max = 50, message = "{validation.must-name-at-most-50-responsibilities}")
                    List<@NotNull(message = "{validation.required}") UUID> responsibilityIds) {}
}
