package se.samverkan.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of the agreements API. */
public final class AgreementDtos {

    private AgreementDtos() {}

    @Schema(name = "AgreementReference")
    public record AgreementRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) AgreementKind kind,
            @Schema(required = true) int firstYear,
            @Schema(required = true) int lastYear,
            @Schema(required = true) AgreementStatus status) {}

    @Schema(name = "AgreementSummary")
    public record AgreementSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) AgreementKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            String municipalityCode,
            String municipalityName,
            @Schema(required = true) int firstYear,
            @Schema(required = true) int lastYear,
            @Schema(required = true) AgreementStatus status,
            LocalDate adoptedOn,
            String reportNumber,
            @Schema(required = true) Instant updatedAt) {}

    @Schema(name = "AgreementPage")
    public record AgreementPage(
            @Schema(required = true) List<AgreementSummary> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {}

    @Schema(name = "Party")
    public record PartyDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) OrganisationReference organisation,
            @Schema(required = true) String organisationType,
            @Schema(required = true) PartyRole role,
            @Schema(required = true) List<SignatoryDto> signatories,
            LocalDate signedOn,
            @Schema(required = true) long version,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "Responsibility")
    public record ResponsibilityDto(
            @Schema(required = true) UUID id,
            @Schema(description = "Null when the row stands for all other signatories or a collective party")
                    OrganisationReference organisation,
            @Schema(required = true) boolean allOtherSignatories,
            @Schema(
                            required = true,
                            description = "The organisations this row covers: the named one, or every signatory "
                                    + "party not named elsewhere in the goal area; empty for a collective party")
                    List<OrganisationReference> coveredOrganisations,
            @Schema(description = "A party that is no single organisation, e.g. \"civilsamhället\"")
                    String collectiveParty,
            @Schema(description = "Through what the party takes part, e.g. a project") String qualifier,
            @Schema(description = "The registered project the qualifier names (funding); the qualifier text stays")
                    UUID projectId,
            @Schema(required = true) ResponsibilityKind kind,
            @Schema(description = "Null when the agreement does not state the level") Level level,
            @Schema(required = true) long version,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "YearlyPriority")
    public record PriorityDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) int year,
            @Schema(
                            required = true,
                            description = "PROPOSED by a preparing forum, DECIDED by a meeting decision, or RECORDED"
                                    + " from a published document (then decidedBy/decidedOn say what it says)")
                    PriorityStatus status,
            @Schema(description = "The forum that proposed it") PriorityForumDto proposedBy,
            @Schema(description = "The meeting decision that decided it (status DECIDED)")
                    se.samverkan.common.decision.DecisionLinkDto decision,
            @Schema(description = "Who decided, as a published document says it (status RECORDED only)")
                    String decidedBy,
            @Schema(description = "When, as a published document says it (status RECORDED only)") LocalDate decidedOn,
            @Schema(required = true) List<String> points,
            @Schema(required = true) long version,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "PriorityForum", description = "The forum that proposed a priority")
    public record PriorityForumDto(@Schema(required = true) UUID id, @Schema(required = true) String name) {}

    @Schema(name = "GoalArea")
    public record GoalAreaDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) GoalAreaKind kind,
            @Schema(description = "Null for a monitored area") String number,
            @Schema(required = true) String title,
            String goal,
            @Schema(required = true) List<String> strategies,
            @Schema(required = true) Set<TargetGroup> targetGroups,
            @Schema(required = true) List<ResponsibilityDto> responsibilities,
            @Schema(required = true, description = "Newest year first") List<PriorityDto> priorities,
            @Schema(required = true) long version,
            ProvenanceDto provenance,
            @Schema(description = "The regional agreement's goal area this local one answers to")
                    AnswersToDto answersTo)
            implements Versioned {}

    @Schema(name = "GoalAreaAnswersTo", description = "A goal area of the regional agreement a local one sits under")
    public record AnswersToDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agreementId,
            String number,
            @Schema(required = true) String title) {}

    @Schema(name = "AgreementPermissions", description = "What the caller may do with this agreement now")
    public record Permissions(
            @Schema(required = true, description = "Change its own fields, parties, goal areas and responsibilities")
                    boolean edit,
            @Schema(required = true, description = "Set yearly priorities") boolean editPriorities,
            @Schema(required = true) boolean delete,
            @Schema(required = true, description = "Statuses the caller may move it to now")
                    List<AgreementStatus> statusChanges,
            @Schema(
                            required = true,
                            description = "Run its follow-up: open rounds (once adopted), review, define indicators")
                    boolean runFollowUp,
            @Schema(
                            required = true,
                            description =
                                    "Start a new version of it (POST /agreements/{id}/revisions): adopted or expired")
                    boolean revise,
            @Schema(required = true, description = "Create a local agreement (LÖK) under it: an adopted RÖK")
                    boolean createLocal,
            @Schema(
                            required = true,
                            description =
                                    "Leave consultation input on it: a party's member while it is in consultation")
                    boolean giveConsultationInput) {}

    @Schema(name = "Agreement")
    public record AgreementDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) AgreementKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            String municipalityCode,
            String municipalityName,
            @Schema(required = true) int firstYear,
            @Schema(required = true) int lastYear,
            String purpose,
            String background,
            String reportNumber,
            @Schema(description = "Case number (diarienummer)") String caseNumber,
            @Schema(required = true) AgreementStatus status,
            LocalDate adoptedOn,
            @Schema(description = "The meeting decision that adopted it; absent when adopted directly or transcribed")
                    se.samverkan.common.decision.DecisionLinkDto adoptionDecision,
            @Schema(required = true) List<LegalReferenceDto> legalBasis,
            @Schema(required = true) Set<TargetGroup> targetGroups,
            @Schema(required = true) Set<Perspective> perspectives,
            AgreementRef parent,
            AgreementRef supersedes,
            @Schema(required = true, description = "Revisions of this agreement") List<AgreementRef> supersededBy,
            @Schema(required = true, description = "Local agreements under this one")
                    List<AgreementRef> localAgreements,
            @Schema(required = true) List<PartyDto> parties,
            @Schema(required = true) List<GoalAreaDto> goalAreas,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) Permissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}
}
