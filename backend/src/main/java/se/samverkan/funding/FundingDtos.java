package se.samverkan.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.LegalReferenceDto;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of funding. Every amount is a decimal string with two decimals (see {@link Money}). */
public final class FundingDtos {

    private FundingDtos() {}

    @Schema(name = "FundingProgramme")
    public record ProgrammeDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) ProgrammeKind kind,
            @Schema(required = true) String name,
            String description,
            LegalReferenceDto legalBasis,
            String managingAuthority,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true, description = "Whether the caller may change it") boolean canUpdate,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "FundingProgrammeRef")
    public record ProgrammeRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) ProgrammeKind kind,
            @Schema(required = true) String name) {}

    @Schema(name = "FundingGoalAreaRef", description = "A goal area with its agreement, by id: renames show through")
    public record GoalAreaRef(
            @Schema(required = true) UUID id,
            String number,
            @Schema(required = true) String title,
            @Schema(required = true) UUID agreementId,
            @Schema(required = true) String agreementTitle) {}

    @Schema(name = "FundingStrategy", description = "A linked strategy; text is absent when the position is gone")
    public record StrategyDto(
            @Schema(required = true) UUID goalAreaId, @Schema(required = true) int index, String text) {}

    @Schema(name = "FundingLinks", description = "What it serves: goal areas, strategies and target groups")
    public record Links(
            @Schema(required = true) List<GoalAreaRef> goalAreas,
            @Schema(required = true) List<StrategyDto> strategies,
            @Schema(required = true) List<TargetGroup> targetGroups) {}

    @Schema(name = "FundingPriority")
    public record PriorityDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String text,
            @Schema(required = true) Links links) {}

    @Schema(name = "FundingCallPermissions")
    public record CallPermissions(
            @Schema(required = true) boolean update,
            @Schema(required = true) List<CallStatus> statusChanges,
            @Schema(required = true, description = "Whether the caller may start an application now") boolean apply) {}

    @Schema(name = "FundingCall")
    public record CallDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) ProgrammeRef programme,
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(required = true) int year,
            @Schema(required = true) String title,
            String description,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate deadline,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION) String budget,
            String strategyWeight,
            @Schema(required = true) CallStatus status,
            @Schema(required = true) List<PriorityDto> priorities,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) CallPermissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "FundingCallRef")
    public record CallRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) int year,
            @Schema(required = true) String countyCode,
            @Schema(required = true) ProgrammeRef programme) {}

    @Schema(name = "FundingApplicationPermissions")
    public record ApplicationPermissions(
            @Schema(required = true) boolean update,
            @Schema(required = true, description = "SUBMITTED, IN_REVIEW or WITHDRAWN, as the caller may now")
                    List<ApplicationStatus> statusChanges,
            @Schema(required = true) boolean decide) {}

    @Schema(name = "FundingApplication")
    public record ApplicationDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) CallRef call,
            @Schema(required = true) OrganisationReference applicant,
            @Schema(required = true) List<OrganisationReference> coApplicants,
            @Schema(required = true) String projectName,
            String description,
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String amountApplied,
            @Schema(required = true) LocalDate startsOn,
            @Schema(required = true) LocalDate endsOn,
            @Schema(required = true) ApplicationStatus status,
            Instant submittedAt,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String amountGranted,
            LocalDate decidedOn,
            String caseNumber,
            String decisionReason,
            @Schema(description = "The project a grant created") UUID projectId,
            @Schema(required = true) Links links,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) ApplicationPermissions permissions)
            implements Versioned {}

    @Schema(name = "FundingApplicationSummary")
    public record ApplicationSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) CallRef call,
            @Schema(required = true) OrganisationReference applicant,
            @Schema(required = true) String projectName,
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String amountApplied,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String amountGranted,
            @Schema(required = true) ApplicationStatus status,
            Instant submittedAt,
            @Schema(required = true) long version) {}

    @Schema(name = "FundingBudgetLine")
    public record BudgetLineDto(
            ProgrammeRef programme,
            String source,
            @Schema(required = true) int year,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = "Absent where no source states it")
                    String amount) {}

    @Schema(name = "FundingProjectPermissions")
    public record ProjectPermissions(
            @Schema(required = true) boolean update,
            @Schema(required = true, description = "Whether the caller may set an accounting due date")
                    boolean addAccount,
            @Schema(required = true, description = "Whether the caller may read the project's accounts")
                    boolean readAccounts,
            @Schema(
                            required = true,
                            description = "Whether the caller may set the responsibilities the project qualifies")
                    boolean qualifyResponsibilities) {}

    @Schema(name = "FundingQualifiedResponsibility", description = "A responsibility the project qualifies")
    public record QualifiedResponsibility(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agreementId,
            @Schema(required = true) String agreementTitle,
            @Schema(required = true) UUID goalAreaId,
            @Schema(required = true) String goalAreaLabel,
            String organisationName,
            String qualifier) {}

    @Schema(name = "FundingProject")
    public record ProjectDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            OrganisationReference owner,
            @Schema(required = true) List<OrganisationReference> partners,
            @Schema(description = "The granted application it comes from; absent for projects funded elsewhere")
                    UUID applicationId,
            LocalDate startsOn,
            LocalDate endsOn,
            @Schema(required = true) ProjectStatus status,
            String results,
            @Schema(required = true) List<BudgetLineDto> budget,
            @Schema(
                            required = true,
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            description = "Sum of the stated amounts")
                    String budgetTotal,
            @Schema(required = true) Links links,
            @Schema(required = true) List<QualifiedResponsibility> responsibilities,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) ProjectPermissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "FundingProjectSummary")
    public record ProjectSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) String countyCode,
            OrganisationReference owner,
            LocalDate startsOn,
            LocalDate endsOn,
            @Schema(required = true) ProjectStatus status,
            @Schema(
                            required = true,
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            description = "Sum of the stated amounts")
                    String budgetTotal,
            @Schema(required = true, description = "Programme names of its budget lines") List<String> sources) {}

    @Schema(name = "FundingProjectPage")
    public record ProjectPage(
            @Schema(required = true) List<ProjectSummary> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(
                            description =
                                    "The goal area the list is filtered by, so that its page can name it; absent when"
                                            + " the caller may not read its agreement")
                    GoalAreaRef goalArea) {}

    @Schema(name = "FundingAccountPermissions")
    public record AccountPermissions(
            @Schema(required = true) boolean update,
            @Schema(required = true) boolean file,
            @Schema(required = true, description = "APPROVED or DUE (returned), as the caller may now")
                    List<AccountStatus> statusChanges) {}

    @Schema(name = "FundingAccount")
    public record AccountDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID projectId,
            @Schema(required = true) String projectName,
            @Schema(required = true) String countyCode,
            OrganisationReference owner,
            @Schema(required = true) LocalDate dueOn,
            @Schema(required = true) AccountStatus status,
            @Schema(required = true, description = "Not filed and past its due date") boolean overdue,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION) String spent,
            String whatWasDone,
            String results,
            Instant filedAt,
            String filedBy,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) AccountPermissions permissions)
            implements Versioned {}

    @Schema(name = "FundingTotal", description = "One row of a funding summary: a key, its label and the sums")
    public record Total(
            @Schema(required = true, description = "Id, code, kind or year") String key,
            @Schema(required = true) String label,
            @Schema(
                            required = true,
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            description = "Sum of stated amounts")
                    String amount,
            @Schema(required = true, description = "Projects counted") long projects) {}

    @Schema(name = "FundingAppliedGranted", description = "Granted applications of a year: applied against granted")
    public record AppliedGranted(
            @Schema(required = true) int year,
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.PATTERN) String applied,
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.PATTERN) String granted,
            @Schema(required = true) long applications) {}

    @Schema(
            name = "FundingSummary",
            description = "Money of public projects (their budget lines), per programme, goal area, municipality of the"
                    + " owner and year. A project serving two goal areas counts in both.")
    public record SummaryDto(
            String countyCode,
            Integer year,
            @Schema(required = true, type = SchemaType.STRING, pattern = Money.PATTERN) String total,
            @Schema(required = true) List<Total> byProgramme,
            @Schema(required = true) List<Total> byGoalArea,
            @Schema(required = true) List<Total> byMunicipality,
            @Schema(required = true) List<Total> byYear,
            @Schema(required = true) List<AppliedGranted> appliedGranted,
            @Schema(required = true) SummaryPermissions permissions) {}

    @Schema(
            name = "FundingSummaryPermissions",
            description = "What the caller may start here: programmes anywhere, calls and projects in the county asked"
                    + " for")
    public record SummaryPermissions(
            @Schema(required = true) boolean createProgramme,
            @Schema(required = true) boolean createCall,
            @Schema(required = true) boolean createProject) {}
}
