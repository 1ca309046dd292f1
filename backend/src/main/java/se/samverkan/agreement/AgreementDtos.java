package se.samverkan.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of the agreements API. */
public final class AgreementDtos {

    private AgreementDtos() {}

    @Schema(name = "AgreementReference")
    public record AgreementRef(
            UUID id, String title, AgreementKind kind, int firstYear, int lastYear, AgreementStatus status) {}

    @Schema(name = "AgreementSummary")
    public record AgreementSummary(
            UUID id,
            AgreementKind kind,
            String title,
            String countyCode,
            String countyName,
            @Optional String municipalityCode,
            @Optional String municipalityName,
            int firstYear,
            int lastYear,
            AgreementStatus status,
            @Optional LocalDate adoptedOn,
            @Optional String reportNumber,
            Instant updatedAt) {}

    @Schema(name = "AgreementPage")
    public record AgreementPage(List<AgreementSummary> items, long total, int page, int size) {}

    @Schema(name = "Party")
    public record PartyDto(
            UUID id,
            OrganisationReference organisation,
            String organisationType,
            PartyRole role,
            List<SignatoryDto> signatories,
            @Optional LocalDate signedOn,
            long version,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "Responsibility")
    public record ResponsibilityDto(
            UUID id,
            @Optional @Schema(description = "Null when the row stands for all other signatories or a collective party")
                    OrganisationReference organisation,
            boolean allOtherSignatories,
            @Schema(
                            description = "The organisations this row covers: the named one, or every signatory "
                                    + "party not named elsewhere in the goal area; empty for a collective party")
                    List<OrganisationReference> coveredOrganisations,
            @Optional @Schema(description = "A party that is no single organisation, e.g. \"civilsamhället\"")
                    String collectiveParty,
            @Optional @Schema(description = "Through what the party takes part, e.g. a project") String qualifier,
            @Optional
                    @Schema(
                            description =
                                    "The registered project the qualifier names (funding); the qualifier text stays")
                    UUID projectId,
            ResponsibilityKind kind,
            @Optional @Schema(description = "Null when the agreement does not state the level") Level level,
            long version,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "YearlyPriority")
    public record PriorityDto(
            UUID id,
            int year,
            @Schema(
                            description = "PROPOSED by a preparing forum, DECIDED by a meeting decision, or RECORDED"
                                    + " from a published document (then decidedBy/decidedOn say what it says)")
                    PriorityStatus status,
            @Optional @Schema(description = "The forum that proposed it") PriorityForumDto proposedBy,
            @Optional @Schema(description = "The meeting decision that decided it (status DECIDED)")
                    se.samverkan.common.decision.DecisionLinkDto decision,
            @Optional @Schema(description = "Who decided, as a published document says it (status RECORDED only)")
                    String decidedBy,
            @Optional @Schema(description = "When, as a published document says it (status RECORDED only)")
                    LocalDate decidedOn,
            List<String> points,
            long version,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "PriorityForum", description = "The forum that proposed a priority")
    public record PriorityForumDto(UUID id, String name) {}

    @Schema(name = "GoalArea")
    public record GoalAreaDto(
            UUID id,
            GoalAreaKind kind,
            @Optional @Schema(description = "Null for a monitored area") String number,
            String title,
            @Optional String goal,
            List<String> strategies,
            Set<TargetGroup> targetGroups,
            List<ResponsibilityDto> responsibilities,
            @Schema(description = "Newest year first") List<PriorityDto> priorities,
            long version,
            @Optional ProvenanceDto provenance,
            @Optional @Schema(description = "The regional agreement's goal area this local one answers to")
                    AnswersToDto answersTo)
            implements Versioned {}

    @Schema(name = "GoalAreaAnswersTo", description = "A goal area of the regional agreement a local one sits under")
    public record AnswersToDto(UUID id, UUID agreementId, @Optional String number, String title) {}

    @Schema(name = "AgreementPermissions", description = "What the caller may do with this agreement now")
    public record Permissions(
            @Schema(description = "Change its own fields, parties, goal areas and responsibilities") boolean edit,
            @Schema(description = "Set yearly priorities") boolean editPriorities,
            boolean delete,
            @Schema(description = "Statuses the caller may move it to now") List<AgreementStatus> statusChanges,
            @Schema(description = "Run its follow-up: open rounds (once adopted), review, define indicators")
                    boolean runFollowUp,
            @Schema(description = "Start a new version of it (POST /agreements/{id}/revisions): adopted or expired")
                    boolean revise,
            @Schema(description = "Create a local agreement (LÖK) under it: an adopted RÖK") boolean createLocal,
            @Schema(description = "Leave consultation input on it: a party's member while it is in consultation")
                    boolean giveConsultationInput) {}

    @Schema(name = "Agreement")
    public record AgreementDto(
            UUID id,
            AgreementKind kind,
            String title,
            String countyCode,
            String countyName,
            @Optional String municipalityCode,
            @Optional String municipalityName,
            int firstYear,
            int lastYear,
            @Optional String purpose,
            @Optional String background,
            @Optional String reportNumber,
            @Optional @Schema(description = "Case number (diarienummer)") String caseNumber,
            AgreementStatus status,
            @Optional LocalDate adoptedOn,
            @Optional
                    @Schema(
                            description =
                                    "The meeting decision that adopted it; absent when adopted directly or transcribed")
                    se.samverkan.common.decision.DecisionLinkDto adoptionDecision,
            List<LegalReferenceDto> legalBasis,
            Set<TargetGroup> targetGroups,
            Set<Perspective> perspectives,
            @Optional AgreementRef parent,
            @Optional AgreementRef supersedes,
            @Schema(description = "Revisions of this agreement") List<AgreementRef> supersededBy,
            @Schema(description = "Local agreements under this one") List<AgreementRef> localAgreements,
            List<PartyDto> parties,
            List<GoalAreaDto> goalAreas,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Permissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}
}
