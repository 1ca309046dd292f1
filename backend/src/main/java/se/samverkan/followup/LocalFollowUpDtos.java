package se.samverkan.followup;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.common.openapi.Optional;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;

/** The follow-up of the LÖKs under a RÖK, per RÖK goal area (issue 10). */
public final class LocalFollowUpDtos {

    private LocalFollowUpDtos() {}

    @Schema(
            name = "LocalFollowUpArea",
            description = "A goal area of the agreement and the local agreements' goal areas that answer to it")
    public record LocalFollowUpArea(
            GoalAreaRef goalArea,
            @Schema(description = "By municipality, then goal area number") List<LocalGoalAreaFollowUp> locals) {}

    @Schema(name = "LocalGoalAreaFollowUp", description = "A LÖK's goal area and its latest round the caller may see")
    public record LocalGoalAreaFollowUp(
            UUID agreementId,
            String agreementTitle,
            AgreementStatus agreementStatus,
            @Optional String municipalityCode,
            @Optional String municipalityName,
            GoalAreaRef goalArea,
            @Optional
                    @Schema(
                            description =
                                    "Its newest round with a task for this goal area: approved or recorded ones for"
                                            + " everyone, any for the LÖK's managers and national readers; absent when none")
                    LocalRound latestRound) {}

    @Schema(name = "LocalFollowUpRound")
    public record LocalRound(
            UUID id,
            int year,
            RoundStatus status,
            @Schema(description = "The assessments of this goal area, by organisation")
                    List<LocalAssessment> assessments) {}

    @Schema(name = "LocalFollowUpAssessment")
    public record LocalAssessment(
            @Optional @Schema(description = "Absent for an assessment recorded from a document that does not name one")
                    String organisationName,
            AssessmentState state,
            @Optional @Schema(description = "The assessed status; absent until the party has set one")
                    GoalStatus status) {}
}
