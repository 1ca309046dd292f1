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
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of funding. Every amount is a decimal string with two decimals (see {@link Money}). */
public final class FundingDtos {

    private FundingDtos() {}

    @Schema(name = "FundingProgramme")
    public record ProgrammeDto(
            UUID id,
            ProgrammeKind kind,
            String name,
            @Optional String description,
            @Optional LegalReferenceDto legalBasis,
            @Optional String managingAuthority,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            @Schema(description = "Whether the caller may change it") boolean canUpdate,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "FundingProgrammeRef")
    public record ProgrammeRef(UUID id, ProgrammeKind kind, String name) {}

    @Schema(name = "FundingGoalAreaRef", description = "A goal area with its agreement, by id: renames show through")
    public record GoalAreaRef(
            UUID id, @Optional String number, String title, UUID agreementId, String agreementTitle) {}

    @Schema(name = "FundingStrategy", description = "A linked strategy; text is absent when the position is gone")
    public record StrategyDto(UUID goalAreaId, int index, @Optional String text) {}

    @Schema(name = "FundingLinks", description = "What it serves: goal areas, strategies and target groups")
    public record Links(List<GoalAreaRef> goalAreas, List<StrategyDto> strategies, List<TargetGroup> targetGroups) {}

    @Schema(name = "FundingPriority")
    public record PriorityDto(UUID id, String text, Links links) {}

    @Schema(name = "FundingCallPermissions")
    public record CallPermissions(
            boolean update,
            List<CallStatus> statusChanges,
            @Schema(description = "Whether the caller may start an application now") boolean apply) {}

    @Schema(name = "FundingCall")
    public record CallDto(
            UUID id,
            ProgrammeRef programme,
            String countyCode,
            String countyName,
            int year,
            String title,
            @Optional String description,
            @Optional LocalDate startsOn,
            @Optional LocalDate endsOn,
            @Optional LocalDate deadline,
            @Optional @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String budget,
            @Optional String strategyWeight,
            CallStatus status,
            List<PriorityDto> priorities,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            CallPermissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "FundingCallRef")
    public record CallRef(UUID id, String title, int year, String countyCode, ProgrammeRef programme) {}

    @Schema(name = "FundingApplicationPermissions")
    public record ApplicationPermissions(
            boolean update,
            @Schema(description = "SUBMITTED, IN_REVIEW or WITHDRAWN, as the caller may now")
                    List<ApplicationStatus> statusChanges,
            boolean decide) {}

    @Schema(name = "FundingApplication")
    public record ApplicationDto(
            UUID id,
            CallRef call,
            OrganisationReference applicant,
            List<OrganisationReference> coApplicants,
            String projectName,
            @Optional String description,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String amountApplied,
            LocalDate startsOn,
            LocalDate endsOn,
            ApplicationStatus status,
            @Optional Instant submittedAt,
            @Optional @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String amountGranted,
            @Optional LocalDate decidedOn,
            @Optional String caseNumber,
            @Optional String decisionReason,
            @Optional @Schema(description = "The project a grant created") UUID projectId,
            Links links,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            ApplicationPermissions permissions)
            implements Versioned {}

    @Schema(name = "FundingApplicationSummary")
    public record ApplicationSummary(
            UUID id,
            CallRef call,
            OrganisationReference applicant,
            String projectName,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String amountApplied,
            @Optional @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String amountGranted,
            ApplicationStatus status,
            @Optional Instant submittedAt,
            long version) {}

    @Schema(name = "FundingBudgetLine")
    public record BudgetLineDto(
            @Optional ProgrammeRef programme,
            @Optional String source,
            int year,
            @Optional
                    @Schema(
                            type = SchemaType.STRING,
                            pattern = Money.PATTERN,
                            description = "Absent where no source states it")
                    String amount) {}

    @Schema(name = "FundingProjectPermissions")
    public record ProjectPermissions(
            boolean update,
            @Schema(description = "Whether the caller may set an accounting due date") boolean addAccount,
            @Schema(description = "Whether the caller may read the project's accounts") boolean readAccounts,
            @Schema(description = "Whether the caller may set the responsibilities the project qualifies")
                    boolean qualifyResponsibilities) {}

    @Schema(name = "FundingQualifiedResponsibility", description = "A responsibility the project qualifies")
    public record QualifiedResponsibility(
            UUID id,
            UUID agreementId,
            String agreementTitle,
            UUID goalAreaId,
            String goalAreaLabel,
            @Optional String organisationName,
            @Optional String qualifier) {}

    @Schema(name = "FundingProject")
    public record ProjectDto(
            UUID id,
            String name,
            @Optional String description,
            String countyCode,
            String countyName,
            @Optional OrganisationReference owner,
            List<OrganisationReference> partners,
            @Optional
                    @Schema(description = "The granted application it comes from; absent for projects funded elsewhere")
                    UUID applicationId,
            @Optional LocalDate startsOn,
            @Optional LocalDate endsOn,
            ProjectStatus status,
            @Optional String results,
            List<BudgetLineDto> budget,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = "Sum of the stated amounts")
                    String budgetTotal,
            Links links,
            List<QualifiedResponsibility> responsibilities,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            ProjectPermissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "FundingProjectSummary")
    public record ProjectSummary(
            UUID id,
            String name,
            String countyCode,
            @Optional OrganisationReference owner,
            @Optional LocalDate startsOn,
            @Optional LocalDate endsOn,
            ProjectStatus status,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = "Sum of the stated amounts")
                    String budgetTotal,
            @Schema(description = "Programme names of its budget lines") List<String> sources) {}

    @Schema(name = "FundingProjectPage")
    public record ProjectPage(
            List<ProjectSummary> items,
            long total,
            int page,
            int size,
            @Optional
                    @Schema(
                            description =
                                    "The goal area the list is filtered by, so that its page can name it; absent when"
                                            + " the caller may not read its agreement")
                    GoalAreaRef goalArea) {}

    @Schema(name = "FundingAccountPermissions")
    public record AccountPermissions(
            boolean update,
            boolean file,
            @Schema(description = "APPROVED or DUE (returned), as the caller may now")
                    List<AccountStatus> statusChanges) {}

    @Schema(name = "FundingAccount")
    public record AccountDto(
            UUID id,
            UUID projectId,
            String projectName,
            String countyCode,
            @Optional OrganisationReference owner,
            LocalDate dueOn,
            AccountStatus status,
            @Schema(description = "Not filed and past its due date") boolean overdue,
            @Optional @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = Money.DESCRIPTION)
                    String spent,
            @Optional String whatWasDone,
            @Optional String results,
            @Optional Instant filedAt,
            @Optional String filedBy,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            AccountPermissions permissions)
            implements Versioned {}

    @Schema(name = "FundingTotal", description = "One row of a funding summary: a key, its label and the sums")
    public record Total(
            @Schema(description = "Id, code, kind or year") String key,
            String label,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, description = "Sum of stated amounts")
                    String amount,
            @Schema(description = "Projects counted") long projects) {}

    @Schema(name = "FundingAppliedGranted", description = "Granted applications of a year: applied against granted")
    public record AppliedGranted(
            int year,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN) String applied,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN) String granted,
            long applications) {}

    @Schema(
            name = "FundingSummary",
            description = "Money of public projects (their budget lines), per programme, goal area, municipality of the"
                    + " owner and year. A project serving two goal areas counts in both.")
    public record SummaryDto(
            @Optional String countyCode,
            @Optional Integer year,
            @Schema(type = SchemaType.STRING, pattern = Money.PATTERN) String total,
            List<Total> byProgramme,
            List<Total> byGoalArea,
            List<Total> byMunicipality,
            List<Total> byYear,
            List<AppliedGranted> appliedGranted,
            SummaryPermissions permissions) {}

    @Schema(
            name = "FundingSummaryPermissions",
            description = "What the caller may start here: programmes anywhere, calls and projects in the county asked"
                    + " for")
    public record SummaryPermissions(boolean createProgramme, boolean createCall, boolean createProject) {}
}
