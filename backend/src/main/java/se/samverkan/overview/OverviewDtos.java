package se.samverkan.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OverviewDtos {

    private OverviewDtos() {}

    @Schema(name = "Task", description = "One task: what, where it is done (the kind names the page), by when")
    public record TaskDto(
            @Schema(required = true) TaskKind kind,
            @Schema(
                            required = true,
                            description =
                                    "The page the task is done on: an assessment, action item, status report, round, meeting, agreement (its action plan),"
                                            + " funding application or funded project (its accounts)")
                    UUID targetId,
            @Schema(required = true) String title,
            @Schema(description = "Where it belongs: the agreement, the forum or the funding call") String context,
            @Schema(description = "The follow-up year (assessments and rounds)", nullable = true) Integer year,
            @Schema(description = "The organisation the task is for (members) or that it concerns", nullable = true)
                    String organisation,
            @Schema(nullable = true) LocalDate deadline,
            @Schema(required = true) TaskState state,
            @Schema(required = true, description = "Open and its deadline has passed") boolean overdue,
            @Schema(required = true, description = "The state of the record itself, e.g. DRAFT, IN_PROGRESS, SUBMITTED")
                    String status,
            @Schema(
                            required = true,
                            description =
                                    "Organisations that have not submitted yet (ROUND_MISSING, CONTRIBUTION_OVERDUE)")
                    List<String> missing,
            @Schema(
                            description =
                                    "The organisation whose page the task is done on (SURVEY_ANSWER: the answer form"
                                            + " of the survey for this organisation)",
                            nullable = true)
                    UUID organisationId) {}

    @Schema(name = "MyTasks", description = "The caller's tasks: open before done, each by deadline (none last)")
    public record MyTasksDto(
            @Schema(required = true, description = "The caller acts for an organisation: member tasks are listed")
                    boolean member,
            @Schema(
                            required = true,
                            description =
                                    "The caller manages counties or federation municipalities: their waiting lists are listed")
                    boolean coordinator,
            @Schema(required = true) List<TaskDto> tasks,
            @Schema(
                            required = true,
                            description = "More tasks exist than are listed (" + OverviewService.LIMIT + " per kind)")
                    boolean truncated) {}
}
