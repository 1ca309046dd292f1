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
import se.samverkan.common.openapi.Optional;
import se.samverkan.forum.ActionItemStatus;
import se.samverkan.forum.ForumKind;
import se.samverkan.forum.MemberRole;

/** What an organisation is committed to, as its page lists it. */
public final class CommitmentDtos {

    private CommitmentDtos() {}

    @Schema(name = "CommittedAgreement", description = "An agreement the organisation is party to")
    public record AgreementCommitmentDto(
            UUID id,
            String title,
            AgreementKind kind,
            AgreementStatus status,
            int firstYear,
            int lastYear,
            @Schema(description = "How the organisation takes part") PartyRole role) {}

    @Schema(
            name = "CommittedResponsibility",
            description = "A responsibility the organisation holds in one goal area of an agreement; level is null when"
                    + " the agreement does not state it")
    public record ResponsibilityCommitmentDto(
            UUID agreementId,
            String agreementTitle,
            UUID goalAreaId,
            @Optional @Schema(description = "Null for an area the parties monitor without a number", nullable = true)
                    String goalAreaNumber,
            String goalAreaTitle,
            @Optional @Schema(nullable = true) Level level,
            ResponsibilityKind kind,
            @Optional @Schema(description = "Through what the organisation takes part", nullable = true)
                    String qualifier,
            @Schema(
                            description =
                                    "The agreement gives the responsibility to all other signatories, this one among them")
                    boolean allOtherSignatories) {}

    @Schema(
            name = "CommittedForum",
            description =
                    "A forum (not ended) the organisation is a member of or convenes; role is its member role, null"
                            + " when it only convenes the forum")
    public record ForumCommitmentDto(
            UUID id,
            String name,
            ForumKind kind,
            @Optional @Schema(nullable = true) Level level,
            @Optional @Schema(nullable = true) MemberRole role,
            @Schema(description = "The organisation convenes the forum") boolean convener) {}

    @Schema(name = "CommittedActionItem", description = "An open or in-progress action item the organisation owns")
    public record ActionItemCommitmentDto(
            UUID id,
            String title,
            @Optional @Schema(nullable = true) LocalDate dueOn,
            ActionItemStatus status,
            @Schema(description = "Its due date has passed") boolean overdue,
            UUID forumId,
            String forumName) {}

    @Schema(
            name = "OrganisationCommitments",
            description = "What the organisation is committed to, as far as the caller may read it. The product holds"
                    + " no organisation contacts, so none are listed")
    public record CommitmentsDto(
            UUID organisationId,
            @Schema(description = "Newest period first") List<AgreementCommitmentDto> agreements,
            @Schema(description = "By agreement, goal area and level")
                    List<ResponsibilityCommitmentDto> responsibilities,
            @Schema(description = "By name") List<ForumCommitmentDto> forums,
            @Schema(description = "By due date, none last") List<ActionItemCommitmentDto> actionItems,
            @Schema(
                            description = "Some list holds more than " + CommitmentService.LIMIT
                                    + " rows; only that many are listed")
                    boolean truncated) {}
}
