package se.samverkan.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.time.Clocks;
import se.samverkan.followup.AssessmentState;
import se.samverkan.followup.RoundStatus;
import se.samverkan.forum.ActionItemStatus;
import se.samverkan.forum.StatusReportStatus;
import se.samverkan.funding.AccountStatus;
import se.samverkan.funding.ApplicationStatus;
import se.samverkan.funding.CallStatus;
import se.samverkan.overview.OverviewDtos.MyTasksDto;
import se.samverkan.overview.OverviewDtos.TaskDto;
import se.samverkan.overview.OverviewPolicy.Scope;
import se.samverkan.strategy.ActivityStatus;

/** The caller's own work in one list: their organisation's tasks and, for coordinators, what waits for them. */
@ApplicationScoped
public class OverviewService {

    /** Rows read per kind: the list stays bounded however much a county has. */
    static final int LIMIT = 500;

    /** How far ahead a coordinator sees the meetings coming up. */
    static final int MEETING_HORIZON_DAYS = 60;

    /** Open before done; then by deadline, the ones without last; then by title. */
    static final Comparator<TaskDto> ORDER = Comparator.comparing(TaskDto::state)
            .thenComparing(TaskDto::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskDto::title, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TaskDto::targetId);

    @Inject
    OverviewPolicy policy;

    @Inject
    TaskQueries queries;

    @Inject
    Clock clock;

    @ReadOnly
    @Transactional
    public MyTasksDto tasks(TaskQuery query) {
        Scope scope = policy.scope();
        LocalDate today = Clocks.today(clock);
        Collector out = new Collector(query, today);
        if (scope.member()) {
            member(scope, out);
            surveys(scope, out);
            funding(scope, out);
        }
        if (scope.coordinator()) {
            coordinator(scope, today, out);
        }
        List<TaskDto> tasks = out.tasks.stream()
                .filter(t -> query.state() == null || t.state() == query.state())
                .sorted(ORDER)
                .toList();
        return new MyTasksDto(scope.member(), scope.coordinator(), tasks, out.truncated);
    }

    private void member(Scope scope, Collector out) {
        if (out.wants(TaskKind.ASSESSMENT)) {
            for (Object[] r : out.rows(queries.assessments(scope.organisations(), LIMIT))) {
                AssessmentState state = (AssessmentState) r[7];
                out.add(
                        TaskKind.ASSESSMENT,
                        (UUID) r[0],
                        goalArea(r[1], r[2]),
                        (String) r[3],
                        (Integer) r[4],
                        (String) r[5],
                        (LocalDate) r[6],
                        !AssessmentState.HANDED_IN.contains(state),
                        state.name(),
                        List.of());
            }
        }
        if (out.wants(TaskKind.ACTION_ITEM)) {
            for (Object[] r : out.rows(queries.ownedActionItems(scope.organisations(), LIMIT))) {
                ActionItemStatus status = (ActionItemStatus) r[5];
                out.add(
                        TaskKind.ACTION_ITEM,
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        null,
                        (String) r[3],
                        (LocalDate) r[4],
                        !status.isClosed(),
                        status.name(),
                        List.of());
            }
        }
        if (out.wants(TaskKind.PLAN_ACTIVITY)) {
            for (Object[] r : out.rows(queries.planActivities(scope.organisations(), LIMIT))) {
                ActivityStatus status = (ActivityStatus) r[5];
                out.add(
                        TaskKind.PLAN_ACTIVITY,
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        null,
                        (String) r[3],
                        (LocalDate) r[4],
                        ActivityStatus.OPEN.contains(status),
                        status.name(),
                        List.of());
            }
        }
        if (out.wants(TaskKind.CONTRIBUTION)) {
            for (Object[] r : out.rows(queries.invitations(scope.organisations(), LIMIT))) {
                boolean submitted = r[5] instanceof Instant;
                StatusReportStatus report = (StatusReportStatus) r[6];
                // A report that moved on takes no contribution any more: nothing is left to do.
                out.add(
                        TaskKind.CONTRIBUTION,
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        null,
                        (String) r[3],
                        (LocalDate) r[4],
                        !submitted && report == StatusReportStatus.OPEN,
                        submitted
                                ? "SUBMITTED"
                                : report == StatusReportStatus.OPEN && r[7] != null ? "DRAFT" : report.name(),
                        List.of());
            }
        }
    }

    private void surveys(Scope scope, Collector out) {
        if (out.wants(TaskKind.SURVEY_ANSWER)) {
            for (Object[] r : out.rows(queries.surveyAnswers(scope.organisations(), LIMIT))) {
                String status = r[6] == null ? "NOT_STARTED" : (String) r[6];
                out.add(
                        TaskKind.SURVEY_ANSWER,
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        (String) r[4],
                        date(r[5]),
                        !"SUBMITTED".equals(status),
                        status,
                        List.of(),
                        (UUID) r[7]);
            }
        }
    }

    /** The organisation's money: drafts to submit while the call is open, accounts to file for the projects it owns. */
    private void funding(Scope scope, Collector out) {
        if (out.wants(TaskKind.FUNDING_APPLICATION)) {
            for (Object[] r : out.rows(queries.fundingApplications(scope.organisations(), LIMIT))) {
                ApplicationStatus status = (ApplicationStatus) r[5];
                // A draft whose call has closed can no longer be submitted: nothing is left to do.
                boolean open = status == ApplicationStatus.DRAFT && r[6] == CallStatus.OPEN;
                out.add(
                        TaskKind.FUNDING_APPLICATION,
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        null,
                        (String) r[3],
                        (LocalDate) r[4],
                        open,
                        status.name(),
                        List.of());
            }
        }
        if (out.wants(TaskKind.FUNDING_ACCOUNT)) {
            for (Object[] r : out.rows(queries.fundingAccounts(scope.organisations(), LIMIT))) {
                AccountStatus status = (AccountStatus) r[4];
                out.add(
                        TaskKind.FUNDING_ACCOUNT,
                        (UUID) r[0],
                        (String) r[1],
                        null,
                        null,
                        (String) r[2],
                        (LocalDate) r[3],
                        status == AccountStatus.DUE,
                        status.name(),
                        List.of());
            }
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private void coordinator(Scope scope, LocalDate today, Collector out) {
        if (out.wants(TaskKind.REVIEW_ASSESSMENT)) {
            for (Object[] r : out.rows(queries.submittedForReview(scope.counties(), scope.municipalities(), LIMIT))) {
                out.add(
                        TaskKind.REVIEW_ASSESSMENT,
                        (UUID) r[0],
                        goalArea(r[1], r[2]),
                        (String) r[3],
                        (Integer) r[4],
                        (String) r[5],
                        (LocalDate) r[6],
                        true,
                        AssessmentState.SUBMITTED.name(),
                        List.of());
            }
        }
        if (out.wants(TaskKind.ROUND_MISSING)) {
            Map<UUID, Object[]> rounds = new LinkedHashMap<>();
            Map<UUID, List<String>> missing = new LinkedHashMap<>();
            for (Object[] r : out.rows(queries.notHandedIn(scope.counties(), scope.municipalities(), LIMIT))) {
                rounds.putIfAbsent((UUID) r[0], r);
                addName(missing.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()), (String) r[4]);
            }
            rounds.forEach((id, r) -> out.add(
                    TaskKind.ROUND_MISSING,
                    id,
                    (String) r[1],
                    null,
                    (Integer) r[2],
                    null,
                    (LocalDate) r[3],
                    true,
                    RoundStatus.OPEN.name(),
                    missing.get(id)));
        }
        if (out.wants(TaskKind.CONTRIBUTION_OVERDUE)) {
            Map<UUID, Object[]> reports = new LinkedHashMap<>();
            Map<UUID, List<String>> missing = new LinkedHashMap<>();
            for (Object[] r : out.rows(queries.missingContributions(scope.counties(), today, LIMIT))) {
                reports.putIfAbsent((UUID) r[0], r);
                addName(missing.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()), (String) r[3]);
            }
            reports.forEach((id, r) -> out.add(
                    TaskKind.CONTRIBUTION_OVERDUE,
                    id,
                    (String) r[1],
                    (String) r[2],
                    null,
                    null,
                    (LocalDate) r[4],
                    true,
                    StatusReportStatus.OPEN.name(),
                    missing.get(id)));
        }
        if (out.wants(TaskKind.ACTION_ITEM_OVERDUE)) {
            for (Object[] r : out.rows(queries.overdueActionItems(scope.counties(), today, LIMIT))) {
                out.add(
                        TaskKind.ACTION_ITEM_OVERDUE,
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        null,
                        (String) r[3],
                        (LocalDate) r[4],
                        true,
                        ((ActionItemStatus) r[5]).name(),
                        List.of());
            }
        }
        if (out.wants(TaskKind.MEETING_UPCOMING) || out.wants(TaskKind.MINUTES_UNPUBLISHED)) {
            LocalDate until = today.plusDays(MEETING_HORIZON_DAYS);
            for (Object[] r : out.rows(queries.meetingsWithoutMinutes(scope.counties(), until, LIMIT))) {
                LocalDate date = (LocalDate) r[3];
                TaskKind kind = date.isBefore(today) ? TaskKind.MINUTES_UNPUBLISHED : TaskKind.MEETING_UPCOMING;
                if (out.wants(kind)) {
                    // A meeting without a title of its own goes by its forum's name.
                    String title = r[1] != null ? (String) r[1] : (String) r[2];
                    out.add(kind, (UUID) r[0], title, (String) r[2], null, null, date, true, "UNPUBLISHED", List.of());
                }
            }
        }
    }

    private static String goalArea(Object number, Object title) {
        return number == null ? (String) title : number + " " + title;
    }

    private static void addName(List<String> names, String name) {
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    /** The tasks read so far, the kind filter, and whether a query hit its bound. */
    private static final class Collector {
        private final TaskQuery query;
        private final LocalDate today;
        private final List<TaskDto> tasks = new ArrayList<>();
        private boolean truncated;

        Collector(TaskQuery query, LocalDate today) {
            this.query = query;
            this.today = today;
        }

        boolean wants(TaskKind kind) {
            return query.kind() == null || query.kind() == kind;
        }

        List<Object[]> rows(List<Object[]> rows) {
            truncated |= rows.size() >= LIMIT;
            return rows;
        }

        @SuppressWarnings("java:S107") // one row of the list, field by field
        void add(
                TaskKind kind,
                UUID targetId,
                String title,
                String context,
                Integer year,
                String organisation,
                LocalDate deadline,
                boolean open,
                String status,
                List<String> missing) {
            add(kind, targetId, title, context, year, organisation, deadline, open, status, missing, null);
        }

        @SuppressWarnings("java:S107") // one row of the list, field by field
        void add(
                TaskKind kind,
                UUID targetId,
                String title,
                String context,
                Integer year,
                String organisation,
                LocalDate deadline,
                boolean open,
                String status,
                List<String> missing,
                UUID organisationId) {
            boolean overdue = open && deadline != null && deadline.isBefore(today);
            tasks.add(new TaskDto(
                    kind,
                    targetId,
                    title,
                    context,
                    year,
                    organisation,
                    deadline,
                    open ? TaskState.OPEN : TaskState.DONE,
                    overdue,
                    status,
                    List.copyOf(missing),
                    organisationId));
        }
    }
}
