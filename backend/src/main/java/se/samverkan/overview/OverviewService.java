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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
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
        Set<UUID> organisations = scope.organisations();
        out.each(TaskKind.ASSESSMENT, () -> queries.assessments(organisations, LIMIT), r -> {
            AssessmentState state = (AssessmentState) r[7];
            return Columns.ASSESSMENT.read(r, !AssessmentState.HANDED_IN.contains(state), state.name());
        });
        out.each(TaskKind.ACTION_ITEM, () -> queries.ownedActionItems(organisations, LIMIT), r -> {
            ActionItemStatus status = (ActionItemStatus) r[5];
            return Columns.COMMON.read(r, !status.isClosed(), status.name());
        });
        out.each(TaskKind.PLAN_ACTIVITY, () -> queries.planActivities(organisations, LIMIT), r -> {
            ActivityStatus status = (ActivityStatus) r[5];
            return Columns.COMMON.read(r, ActivityStatus.OPEN.contains(status), status.name());
        });
        out.each(TaskKind.CONTRIBUTION, () -> queries.invitations(organisations, LIMIT), r -> {
            boolean submitted = r[5] instanceof Instant;
            StatusReportStatus report = (StatusReportStatus) r[6];
            // A report that moved on takes no contribution any more: nothing is left to do.
            boolean open = !submitted && report == StatusReportStatus.OPEN;
            String draft = report == StatusReportStatus.OPEN && r[7] != null ? "DRAFT" : report.name();
            return Columns.COMMON.read(r, open, submitted ? "SUBMITTED" : draft);
        });
        out.each(TaskKind.SURVEY_ANSWER, () -> queries.surveyAnswers(organisations, LIMIT), r -> {
            String status = r[6] == null ? "NOT_STARTED" : (String) r[6];
            return Columns.SURVEY.read(r, !"SUBMITTED".equals(status), status).organisationId((UUID) r[7]);
        });
        funding(organisations, out);
    }

    /** The organisation's money: drafts to submit while the call is open, accounts to file for the projects it owns. */
    private void funding(Set<UUID> organisations, Collector out) {
        out.each(TaskKind.FUNDING_APPLICATION, () -> queries.fundingApplications(organisations, LIMIT), r -> {
            ApplicationStatus status = (ApplicationStatus) r[5];
            // A draft whose call has closed can no longer be submitted: nothing is left to do.
            return Columns.COMMON.read(r, status == ApplicationStatus.DRAFT && r[6] == CallStatus.OPEN, status.name());
        });
        out.each(TaskKind.FUNDING_ACCOUNT, () -> queries.fundingAccounts(organisations, LIMIT), r -> {
            AccountStatus status = (AccountStatus) r[4];
            return Columns.ACCOUNT.read(r, status == AccountStatus.DUE, status.name());
        });
    }

    private void coordinator(Scope scope, LocalDate today, Collector out) {
        List<String> counties = scope.counties();
        Set<String> municipalities = scope.municipalities();
        out.each(
                TaskKind.REVIEW_ASSESSMENT,
                () -> queries.submittedForReview(counties, municipalities, LIMIT),
                r -> Columns.ASSESSMENT.read(r, true, AssessmentState.SUBMITTED.name()));
        // One task a round, naming the organisations that have not handed in.
        out.grouped(
                TaskKind.ROUND_MISSING,
                () -> queries.notHandedIn(counties, municipalities, LIMIT),
                4,
                r -> Columns.ROUND.read(r, true, RoundStatus.OPEN.name()));
        // One task a report, naming the organisations whose contribution is missing.
        out.grouped(
                TaskKind.CONTRIBUTION_OVERDUE,
                () -> queries.missingContributions(counties, today, LIMIT),
                3,
                r -> Columns.REPORT.read(r, true, StatusReportStatus.OPEN.name()));
        out.each(
                TaskKind.ACTION_ITEM_OVERDUE,
                () -> queries.overdueActionItems(counties, today, LIMIT),
                r -> Columns.COMMON.read(r, true, ((ActionItemStatus) r[5]).name()));
        if (out.wants(TaskKind.MEETING_UPCOMING) || out.wants(TaskKind.MINUTES_UNPUBLISHED)) {
            LocalDate until = today.plusDays(MEETING_HORIZON_DAYS);
            for (Object[] r : out.rows(queries.meetingsWithoutMinutes(counties, until, LIMIT))) {
                Row row = Columns.MEETING.read(r, true, "UNPUBLISHED");
                TaskKind kind =
                        row.deadline().isBefore(today) ? TaskKind.MINUTES_UNPUBLISHED : TaskKind.MEETING_UPCOMING;
                if (out.wants(kind)) {
                    // A meeting without a title of its own goes by its forum's name.
                    out.add(kind, row.title() != null ? row : row.title(row.context()));
                }
            }
        }
    }

    /**
     * Where a kind's query puts the fields of a task: column numbers, {@code NONE} where it has no such column. The
     * id is always the first; a goal-area number, where there is one, goes before the title.
     */
    private record Columns(int number, int title, int context, int year, int organisation, int deadline) {
        static final int NONE = -1;

        /** id, title, context, organisation, deadline, then the kind's own. */
        static final Columns COMMON = new Columns(NONE, 1, 2, NONE, 3, 4);

        static final Columns ASSESSMENT = new Columns(1, 2, 3, 4, 5, 6);
        static final Columns SURVEY = new Columns(NONE, 1, 2, 3, 4, 5);
        static final Columns ACCOUNT = new Columns(NONE, 1, NONE, NONE, 2, 3);
        static final Columns ROUND = new Columns(NONE, 1, NONE, 2, NONE, 3);
        static final Columns REPORT = new Columns(NONE, 1, 2, NONE, NONE, 4);
        static final Columns MEETING = new Columns(NONE, 1, 2, NONE, NONE, 3);

        Row read(Object[] r, boolean open, String status) {
            String name = (String) at(r, title);
            Object goalArea = at(r, number);
            Number y = (Number) at(r, year);
            return new Row(
                    (UUID) r[0],
                    goalArea == null ? name : goalArea + " " + name,
                    (String) at(r, context),
                    y == null ? null : y.intValue(),
                    (String) at(r, organisation),
                    date(at(r, deadline)),
                    open,
                    status,
                    List.of(),
                    null);
        }

        private static Object at(Object[] r, int column) {
            return column == NONE ? null : r[column];
        }

        private static LocalDate date(Object value) {
            return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
        }
    }

    /** One task as a query reads it; the day decides later whether it is overdue. */
    @SuppressWarnings("java:S107") // one row of the list, field by field
    private record Row(
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

        Row title(String title) {
            return new Row(
                    targetId, title, context, year, organisation, deadline, open, status, missing, organisationId);
        }

        Row missing(List<String> missing) {
            return new Row(
                    targetId, title, context, year, organisation, deadline, open, status, missing, organisationId);
        }

        Row organisationId(UUID organisationId) {
            return new Row(
                    targetId, title, context, year, organisation, deadline, open, status, missing, organisationId);
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

        /** A task a row, the query read only when the kind is asked for. */
        void each(TaskKind kind, Supplier<List<Object[]>> read, Function<Object[], Row> row) {
            if (wants(kind)) {
                for (Object[] r : rows(read.get())) {
                    add(kind, row.apply(r));
                }
            }
        }

        /** A task per first column, naming the organisations (column {@code name}) of the rows that share it. */
        void grouped(TaskKind kind, Supplier<List<Object[]>> read, int name, Function<Object[], Row> row) {
            if (wants(kind)) {
                Map<UUID, Object[]> first = new LinkedHashMap<>();
                Map<UUID, List<String>> names = new LinkedHashMap<>();
                for (Object[] r : rows(read.get())) {
                    first.putIfAbsent((UUID) r[0], r);
                    List<String> list = names.computeIfAbsent((UUID) r[0], k -> new ArrayList<>());
                    if (r[name] != null && !list.contains(r[name])) {
                        list.add((String) r[name]);
                    }
                }
                first.forEach((id, r) -> add(kind, row.apply(r).missing(names.get(id))));
            }
        }

        void add(TaskKind kind, Row row) {
            boolean overdue =
                    row.open() && row.deadline() != null && row.deadline().isBefore(today);
            tasks.add(new TaskDto(
                    kind,
                    row.targetId(),
                    row.title(),
                    row.context(),
                    row.year(),
                    row.organisation(),
                    row.deadline(),
                    row.open() ? TaskState.OPEN : TaskState.DONE,
                    overdue,
                    row.status(),
                    List.copyOf(row.missing()),
                    row.organisationId()));
        }
    }
}
