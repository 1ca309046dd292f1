package se.samverkan.followup;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;

/** The follow-up of the LÖKs under a RÖK, per RÖK goal area (issue 10). */
public final class LocalFollowUpDtos {

    private LocalFollowUpDtos() {}

    @Schema(
            name = "LocalFollowUpArea",
            description = "A goal area of the agreement and the local agreements' goal areas that answer to it")
    public record LocalFollowUpArea(
            @Schema(required = true) GoalAreaRef goalArea,
            @Schema(required = true, description = "By municipality, then goal area number")
                    List<LocalGoalAreaFollowUp> locals) {}

    @Schema(name = "LocalGoalAreaFollowUp", description = "A LÖK's goal area and its latest round the caller may see")
    public record LocalGoalAreaFollowUp(
            @Schema(required = true) UUID agreementId,
            @Schema(required = true) String agreementTitle,
            @Schema(required = true) AgreementStatus agreementStatus,
            String municipalityCode,
            String municipalityName,
            @Schema(required = true) GoalAreaRef goalArea,
            @Schema(
                            description =
                                    "Its newest round with a task for this goal area: approved or recorded ones for"
                                            + " everyone, any for the LÖK's managers and national readers; absent when none")
                    LocalRound latestRound) {}

    @Schema(name = "LocalFollowUpRound")
    public record LocalRound(
            @Schema(required = true) UUID id,
            @Schema(required = true) int year,
            @Schema(required = true) RoundStatus status,
            @Schema(required = true, description = "The assessments of this goal area, by organisation")
                    List<LocalAssessment> assessments) {}

    @Schema(name = "LocalFollowUpAssessment")
    public record LocalAssessment(
            @Schema(description = "Absent for an assessment recorded from a document that does not name one")
                    String organisationName,
            @Schema(required = true) AssessmentState state,
            @Schema(description = "The assessed status; absent until the party has set one") GoalStatus status) {}
}
