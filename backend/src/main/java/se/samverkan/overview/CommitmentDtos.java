package se.samverkan.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.Level;
import se.samverkan.agreement.PartyRole;
import se.samverkan.agreement.ResponsibilityKind;
import se.samverkan.forum.ActionItemStatus;
import se.samverkan.forum.ForumKind;
import se.samverkan.forum.MemberRole;

/** What an organisation is committed to, as its page lists it. */
public final class CommitmentDtos {

    private CommitmentDtos() {}

    @Schema(name = "CommittedAgreement", description = "An agreement the organisation is party to")
    public record AgreementCommitmentDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) AgreementKind kind,
            @Schema(required = true) AgreementStatus status,
            @Schema(required = true) int firstYear,
            @Schema(required = true) int lastYear,
            @Schema(required = true, description = "How the organisation takes part") PartyRole role) {}

    @Schema(
            name = "CommittedResponsibility",
            description = "A responsibility the organisation holds in one goal area of an agreement; level is null when"
                    + " the agreement does not state it")
    public record ResponsibilityCommitmentDto(
            @Schema(required = true) UUID agreementId,
            @Schema(required = true) String agreementTitle,
            @Schema(required = true) UUID goalAreaId,
            @Schema(description = "Null for an area the parties monitor without a number", nullable = true)
                    String goalAreaNumber,
            @Schema(required = true) String goalAreaTitle,
            @Schema(nullable = true) Level level,
            @Schema(required = true) ResponsibilityKind kind,
            @Schema(description = "Through what the organisation takes part", nullable = true) String qualifier,
            @Schema(
                            required = true,
                            description =
                                    "The agreement gives the responsibility to all other signatories, this one among them")
                    boolean allOtherSignatories) {}

    @Schema(
            name = "CommittedForum",
            description =
                    "A forum (not ended) the organisation is a member of or convenes; role is its member role, null"
                            + " when it only convenes the forum")
    public record ForumCommitmentDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) ForumKind kind,
            @Schema(nullable = true) Level level,
            @Schema(nullable = true) MemberRole role,
            @Schema(required = true, description = "The organisation convenes the forum") boolean convener) {}

    @Schema(name = "CommittedActionItem", description = "An open or in-progress action item the organisation owns")
    public record ActionItemCommitmentDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(nullable = true) LocalDate dueOn,
            @Schema(required = true) ActionItemStatus status,
            @Schema(required = true, description = "Its due date has passed") boolean overdue,
            @Schema(required = true) UUID forumId,
            @Schema(required = true) String forumName) {}

    @Schema(
            name = "OrganisationCommitments",
            description = "What the organisation is committed to, as far as the caller may read it. The product holds"
                    + " no organisation contacts, so none are listed")
    public record CommitmentsDto(
            @Schema(required = true) UUID organisationId,
            @Schema(required = true, description = "Newest period first") List<AgreementCommitmentDto> agreements,
            @Schema(required = true, description = "By agreement, goal area and level")
                    List<ResponsibilityCommitmentDto> responsibilities,
            @Schema(required = true, description = "By name") List<ForumCommitmentDto> forums,
            @Schema(required = true, description = "By due date, none last") List<ActionItemCommitmentDto> actionItems,
            @Schema(
                            required = true,
                            description = "Some list holds more than " + CommitmentService.LIMIT
                                    + " rows; only that many are listed")
                    boolean truncated) {}
}
