package se.samverkan.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

public final class OverviewDtos {

    private OverviewDtos() {}

    @Schema(name = "Task", description = "One task: what, where it is done (the kind names the page), by when")
    public record TaskDto(
            TaskKind kind,
            @Schema(
                            description =
                                    "The page the task is done on: an assessment, action item, status report, round, meeting, agreement (its action plan),"
                                            + " funding application or funded project (its accounts)")
                    UUID targetId,
            String title,
            @Optional @Schema(description = "Where it belongs: the agreement, the forum or the funding call")
                    String context,
            @Optional @Schema(description = "The follow-up year (assessments and rounds)", nullable = true)
                    Integer year,
            @Optional
                    @Schema(
                            description = "The organisation the task is for (members) or that it concerns",
                            nullable = true)
                    String organisation,
            @Optional @Schema(nullable = true) LocalDate deadline,
            TaskState state,
            @Schema(description = "Open and its deadline has passed") boolean overdue,
            @Schema(description = "The state of the record itself, e.g. DRAFT, IN_PROGRESS, SUBMITTED") String status,
            @Schema(description = "Organisations that have not submitted yet (ROUND_MISSING, CONTRIBUTION_OVERDUE)")
                    List<String> missing,
            @Optional
                    @Schema(
                            description =
                                    "The organisation whose page the task is done on (SURVEY_ANSWER: the answer form"
                                            + " of the survey for this organisation)",
                            nullable = true)
                    UUID organisationId) {}

    @Schema(name = "MyTasks", description = "The caller's tasks: open before done, each by deadline (none last)")
    public record MyTasksDto(
            @Schema(description = "The caller acts for an organisation: member tasks are listed") boolean member,
            @Schema(
                            description =
                                    "The caller manages counties or federation municipalities: their waiting lists are listed")
                    boolean coordinator,
            List<TaskDto> tasks,
            @Schema(description = "More tasks exist than are listed (" + OverviewService.LIMIT + " per kind)")
                    boolean truncated) {}
}
