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
import se.samverkan.common.validation.CaseNumbers;

/** What clients send to the funding operations. Money is a decimal string (see {@link Money}). */
public final class FundingInputs {

    private FundingInputs() {}

    @Schema(name = "FundingProgrammeInput")
    public record ProgrammeInput(
            @Schema(required = true) @NotNull(message = "{validation.required}") ProgrammeKind kind,
            @Schema(required = true, example = "Utvecklingsmedel enligt § 37")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 200, message = "{validation.at-most-characters}")
                    String name,
            @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Schema(description = "The statute the money is paid under, format-checked as an agreement's legal basis")
                    @Valid
                    LegalReferenceDto legalBasis,
            @Schema(example = "Länsstyrelsen") @Size(max = 200, message = "{validation.at-most-characters}")
                    String managingAuthority) {}

    @Schema(name = "FundingStrategyRef", description = "A strategy of a goal area, by its position (0 = first)")
    public record StrategyRef(
            @Schema(required = true) @NotNull(message = "{validation.required}") UUID goalAreaId,
            @Schema(required = true)
                    @NotNull(message = "{validation.required}")
                    @Min(value = 0, message = "{validation.must-be-value-or-more}")
                    @Max(value = 999, message = "{validation.must-be-value-or-less}")
                    Integer index) {}

    @Schema(name = "FundingPriorityInput")
    public record PriorityInput(
            @Schema(required = true, example = "Föräldrastöd")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 5000, message = "{validation.at-most-characters}")
                    String text,
            @Size(max = 50, message = "{validation.must-name-at-most-50-goal-areas}")
                    List<@NotNull(message = "{validation.required}") UUID> goalAreaIds,
            @Size(max = 100, message = "{validation.must-name-at-most-100-strategies}")
                    List<@NotNull(message = "{validation.required}") @Valid StrategyRef> strategies,
            @Size(max = 20, message = "{validation.must-name-at-most-20-target-groups}")
                    List<@NotNull(message = "{validation.required}") TargetGroup> targetGroups) {}

    @Schema(name = "FundingCallInput")
    public record CallInput(
            @Schema(required = true) @NotNull(message = "{validation.required}") UUID programmeId,
            @Schema(required = true, example = "19")
                    @NotNull(message = "{validation.required}")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String countyCode,
            @Schema(required = true, example = "2027")
                    @NotNull(message = "{validation.required}")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    Integer year,
            @Schema(required = true, example = "§ 37-medel 2027")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 300, message = "{validation.at-most-characters}")
                    String title,
            @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Schema(description = "First day of the period the call funds") LocalDate startsOn,
            @Schema(description = "Last day of the period the call funds") LocalDate endsOn,
            @Schema(description = "Last day to submit an application") LocalDate deadline,
            @Schema(
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            example = "1500000.00",
                            description = Money.DESCRIPTION)
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String budget,
            @Schema(example = "Fördelning av statliga medel – lägger vikt vid RUS")
                    @Size(max = 5000, message = "{validation.at-most-characters}")
                    String strategyWeight,
            @Size(max = 50, message = "{validation.must-have-at-most-50-priorities}")
                    List<@NotNull(message = "{validation.required}") @Valid PriorityInput> priorities) {}

    @Schema(name = "FundingCallStatusInput")
    public record CallStatusInput(
            @Schema(required = true, description = "OPEN or CLOSED") @NotNull(message = "{validation.required}")
                    CallStatus status) {}

    @Schema(name = "FundingApplicationInput")
    public record ApplicationInput(
            @Schema(required = true, description = "Members apply for their own organisation")
                    @NotNull(message = "{validation.required}")
                    UUID applicantOrganisationId,
            @Size(max = 30, message = "{validation.must-name-at-most-30-co-applicants}")
                    List<@NotNull(message = "{validation.required}") UUID> coApplicantIds,
            @Schema(required = true, example = "Språkstöd i vården")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 300, message = "{validation.at-most-characters}")
                    String projectName,
            @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Schema(
                            required = true,
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            example = "400000.00",
                            description = Money.DESCRIPTION)
                    @NotNull(message = "{validation.required}")
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String amountApplied,
            @Schema(required = true) @NotNull(message = "{validation.required}") LocalDate startsOn,
            @Schema(required = true) @NotNull(message = "{validation.required}") LocalDate endsOn,
            @Size(max = 50, message = "{validation.must-name-at-most-50-goal-areas}")
                    List<@NotNull(message = "{validation.required}") UUID> goalAreaIds,
            @Size(max = 100, message = "{validation.must-name-at-most-100-strategies}")
                    List<@NotNull(message = "{validation.required}") @Valid StrategyRef> strategies,
            @Size(max = 20, message = "{validation.must-name-at-most-20-target-groups}")
                    List<@NotNull(message = "{validation.required}") TargetGroup> targetGroups) {}

    @Schema(name = "FundingApplicationStatusInput")
    public record ApplicationStatusInput(
            @Schema(required = true, description = "SUBMITTED, IN_REVIEW or WITHDRAWN; decisions go to /decision")
                    @NotNull(message = "{validation.required}")
                    ApplicationStatus status) {}

    @Schema(name = "FundingDecisionInput")
    public record DecisionInput(
            @Schema(required = true, description = "GRANTED or REJECTED") @NotNull(message = "{validation.required}")
                    ApplicationStatus outcome,
            @Schema(
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            example = "300000.00",
                            description = "Required when GRANTED; at most the amount applied. " + Money.DESCRIPTION)
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String amountGranted,
            @Schema(required = true) @NotNull(message = "{validation.required}") LocalDate decidedOn,
            @Schema(example = "851-1234-2027") @Pattern(regexp = CaseNumbers.PATTERN, message = CaseNumbers.MESSAGE)
                    String caseNumber,
            @Schema(description = "Required when REJECTED")
                    @Size(max = 5000, message = "{validation.at-most-characters}")
                    String reason,
            @Schema(description = "When GRANTED: the due date of the project's accounting")
                    LocalDate accountingDueOn) {}

    @Schema(name = "FundingBudgetLineInput")
    public record BudgetLineInput(
            @Schema(description = "A registered programme; or name the source") UUID programmeId,
            @Schema(example = "Egna medel") @Size(max = 200, message = "{validation.at-most-characters}") String source,
            @Schema(required = true)
                    @NotNull(message = "{validation.required}")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    Integer year,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String amount) {}

    @Schema(name = "FundingProjectInput")
    public record ProjectInput(
            @Schema(required = true, example = "Bosättning Västmanland")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 300, message = "{validation.at-most-characters}")
                    String name,
            @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Schema(required = true, example = "19")
                    @NotNull(message = "{validation.required}")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String countyCode,
            UUID ownerOrganisationId,
            @Size(max = 30, message = "{validation.must-name-at-most-30-partners}")
                    List<@NotNull(message = "{validation.required}") UUID> partnerIds,
            LocalDate startsOn,
            LocalDate endsOn,
            @Schema(required = true) @NotNull(message = "{validation.required}") ProjectStatus status,
            @Size(max = 10000, message = "{validation.at-most-characters}") String results,
            @Size(max = 50, message = "{validation.must-have-at-most-50-lines}")
                    List<@NotNull(message = "{validation.required}") @Valid BudgetLineInput> budget,
            @Size(max = 50, message = "{validation.must-name-at-most-50-goal-areas}")
                    List<@NotNull(message = "{validation.required}") UUID> goalAreaIds,
            @Size(max = 100, message = "{validation.must-name-at-most-100-strategies}")
                    List<@NotNull(message = "{validation.required}") @Valid StrategyRef> strategies,
            @Size(max = 20, message = "{validation.must-name-at-most-20-target-groups}")
                    List<@NotNull(message = "{validation.required}") TargetGroup> targetGroups) {}

    @Schema(name = "FundingAccountInput")
    public record AccountInput(@Schema(required = true) @NotNull(message = "{validation.required}") LocalDate dueOn) {}

    @Schema(name = "FundingFilingInput", description = "The project's account: money spent, what was done, results")
    public record FilingInput(
            @Schema(
                            required = true,
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            example = "287500.50",
                            description = Money.DESCRIPTION)
                    @NotNull(message = "{validation.required}")
                    @Pattern(regexp = Money.PATTERN, message = Money.MESSAGE)
                    String spent,
            @Schema(required = true)
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 10000, message = "{validation.at-most-characters}")
                    String whatWasDone,
            @Size(max = 10000, message = "{validation.at-most-characters}") String results) {}

    @Schema(name = "FundingAccountStatusInput")
    public record AccountStatusInput(
            @Schema(required = true, description = "APPROVED, or DUE to return it for completion")
                    @NotNull(message = "{validation.required}")
                    AccountStatus status) {}

    @Schema(
            name = "FundingQualifyInput",
            description = "The responsibilities the project qualifies (\"VKL genom projekt …\"): replaces the list")
    public record QualifyInput(
            @Schema(required = true)
                    @NotNull(message = "{validation.required}")
                    @Size(max = 50, message = "{validation.must-name-at-most-50-responsibilities}")
                    List<@NotNull(message = "{validation.required}") UUID> responsibilityIds) {}
}
