package se.samverkan.followup;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.common.time.Clocks;
import se.samverkan.followup.FollowUpDtos.AssessedGoalDto;
import se.samverkan.followup.FollowUpDtos.AssessmentDto;
import se.samverkan.followup.FollowUpDtos.AssessmentIndicatorDto;
import se.samverkan.followup.FollowUpDtos.FocusDto;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;
import se.samverkan.followup.FollowUpDtos.ReportedValueDto;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.reference.Municipality;
import se.samverkan.reference.MunicipalityRepository;

/**
 * One party's assessment of one goal area: saved as a draft and submitted by the party, returned with a comment or
 * accepted by the coordinator. Every step is explicit; an illegal one is a 409 naming the rule.
 */
@ApplicationScoped
public class AssessmentService {

    private static final Audit<Assessment> ASSESSMENT = new Audit<>(
            a -> new ChangeRecorder.Subject(FollowUpService.SUBJECT, a.round.id, FollowUpService.ASSESSMENT, a.id),
            FollowUpMapper::snapshot);

    @Inject
    se.samverkan.notification.Announcements announcements;

    @Inject
    AuditedChanges changes;

    @Inject
    Clock clock;

    @Inject
    AssessmentRepository assessments;

    @Inject
    IndicatorRepository indicators;

    @Inject
    IndicatorValueRepository values;

    @Inject
    OrganisationRepository organisations;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ValueRules valueRules;

    @Inject
    FollowUpPolicy policy;

    @Inject
    ChangeRecorder history;

    @Inject
    jakarta.persistence.EntityManager em;

    /** Asked in SQL: follow-up does not depend on the funding feature, which depends on agreements. */
    private boolean projectExists(UUID id) {
        return !em.createNativeQuery("select 1 from funding_project where id = ?1")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
    }

    @Transactional
    public AssessmentDto get(UUID id) {
        Assessment assessment = find(id);
        policy.assertCanRead(assessment);
        return details(assessment);
    }

    /** Saves the party's draft; a returned assessment stays RETURNED until it is submitted again. */
    @Transactional
    public AssessmentDto save(UUID id, String ifMatch, AssessmentInput input) {
        Assessment assessment = atStep(id, ifMatch, policy::assertCanWrite, AssessmentState.Action.SAVE);
        List<Indicator> goalAreaIndicators = indicators.ofGoalArea(assessment.goalArea.id);
        FieldViolations violations = new FieldViolations();
        List<Activity> activities = activities(assessment, input.activities(), violations);
        List<ReportedValue> reported = reportedValues(input.indicatorValues(), goalAreaIndicators, violations);
        violations.throwIfAny();
        return changed(assessment, ChangeRecorder.UPDATED, "Saved the assessment", a -> {
            assessment.status = input.status();
            assessment.situation = input.situation() == null
                            || input.situation().isBlank()
                    ? null
                    : input.situation().trim();
            assessment.activities.clear();
            assessment.activities.addAll(activities);
            assessment.indicatorValues.clear();
            assessment.indicatorValues.addAll(reported);
            assessment.state = AssessmentState.LIFECYCLE.next(assessment, AssessmentState.Action.SAVE);
        });
    }

    @Transactional
    public AssessmentDto submit(UUID id, String ifMatch) {
        Assessment assessment = atStep(id, ifMatch, policy::assertCanWrite, AssessmentState.Action.SUBMIT);
        if (assessment.status == null) {
            throw ProblemException.ruleViolation("submit-needs-status", text("followup.submit-needs-status"));
        }
        if (assessment.situation == null) {
            throw ProblemException.ruleViolation("submit-needs-situation", text("followup.submit-needs-situation"));
        }
        return changed(assessment, ChangeRecorder.STATUS_CHANGED, "Submitted the assessment", a -> {
            assessment.state = AssessmentState.LIFECYCLE.next(assessment, AssessmentState.Action.SUBMIT);
            assessment.submittedAt = Clocks.now(clock);
            assessment.submittedBy = history.caller().name();
        });
    }

    @Transactional
    public AssessmentDto returnToParty(UUID id, String ifMatch, ReturnInput input) {
        Assessment assessment = atStep(id, ifMatch, policy::assertCanReview, AssessmentState.Action.RETURN);
        AssessmentDto returned =
                changed(assessment, ChangeRecorder.STATUS_CHANGED, "Returned the assessment with a comment", a -> {
                    assessment.state = AssessmentState.LIFECYCLE.next(assessment, AssessmentState.Action.RETURN);
                    assessment.returnComment = input.comment().trim();
                    assessment.reviewedAt = Clocks.now(clock);
                    assessment.reviewedBy = history.caller().name();
                });
        announcements.assessmentReviewed(assessment.id, false);
        return returned;
    }

    /** Accepts the assessment; its indicator values become the indicators' values of the round's year. */
    @Transactional
    public AssessmentDto accept(UUID id, String ifMatch) {
        Assessment assessment = atStep(id, ifMatch, policy::assertCanReview, AssessmentState.Action.ACCEPT);
        AssessmentDto accepted = changed(assessment, ChangeRecorder.STATUS_CHANGED, "Accepted the assessment", a -> {
            assessment.state = AssessmentState.LIFECYCLE.next(assessment, AssessmentState.Action.ACCEPT);
            assessment.reviewedAt = Clocks.now(clock);
            assessment.reviewedBy = history.caller().name();
            String actor = history.caller().name();
            values.upsert(
                    assessment.indicatorValues.stream()
                            .map(v -> new IndicatorValueRepository.NewValue(
                                    v.indicatorId, assessment.round.year, v.municipalityCode, v.gender, v.value, false))
                            .toList(),
                    actor);
            assessment.indicatorValues.stream()
                    .map(v -> v.indicatorId)
                    .distinct()
                    .forEach(indicatorId -> indicators.findById(indicatorId).stampUpdated(actor, Clocks.now(clock)));
        });
        announcements.assessmentReviewed(assessment.id, true);
        return accepted;
    }

    // ---- steps and rules ----------------------------------------------------------------------

    /**
     * Who may (404/403), on which version (428/412), whether the round still changes and whether the assessment's
     * lifecycle allows the step (409).
     */
    private Assessment atStep(UUID id, String ifMatch, Consumer<Assessment> authorise, AssessmentState.Action step) {
        Assessment assessment = find(id);
        authorise.accept(assessment);
        EntityTags.requireMatch(ifMatch, assessment.version);
        RoundStatus.LIFECYCLE.check(assessment.round, RoundStatus.Action.CHANGE_ASSESSMENTS);
        AssessmentState.LIFECYCLE.check(assessment, step);
        return assessment;
    }

    private List<Activity> activities(
            Assessment assessment, List<AssessmentInput.ActivityInput> inputs, FieldViolations violations) {
        List<AssessmentInput.ActivityInput> given = inputs == null ? List.of() : inputs;
        Set<UUID> ids = given.stream()
                .filter(a -> a.organisationIds() != null)
                .flatMap(a -> a.organisationIds().stream())
                .collect(Collectors.toSet());
        Map<UUID, Organisation> known = ids.isEmpty()
                ? Map.of()
                : organisations.list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(o -> o.id, Function.identity()));
        return IntStream.range(0, given.size())
                .mapToObj(i -> {
                    AssessmentInput.ActivityInput input = given.get(i);
                    Activity activity = new Activity();
                    activity.id = UUID.randomUUID();
                    activity.assessment = assessment;
                    activity.position = i;
                    activity.title = input.title().trim();
                    activity.description = trimToNull(input.description());
                    activity.result = trimToNull(input.result());
                    activity.fundingSource = trimToNull(input.fundingSource());
                    if (input.projectId() != null && !projectExists(input.projectId())) {
                        violations.add(
                                "activities[" + i + "].projectId", text("followup.no-project-id", input.projectId()));
                    }
                    activity.projectId = input.projectId();
                    if (input.planActivityId() != null && !planActivityOf(assessment, input.planActivityId())) {
                        violations.add(
                                "activities[" + i + "].planActivityId",
                                text("followup.no-plan-activity-id", input.planActivityId()));
                    }
                    activity.planActivityId = input.planActivityId();
                    List<UUID> organisationIds = input.organisationIds() == null ? List.of() : input.organisationIds();
                    Set<UUID> added = new LinkedHashSet<>();
                    for (int j = 0; j < organisationIds.size(); j++) {
                        Organisation organisation = known.get(organisationIds.get(j));
                        if (organisation == null) {
                            violations.add(
                                    "activities[" + i + "].organisationIds[" + j + "]",
                                    text("common.no-organisation-id", organisationIds.get(j)));
                        } else if (added.add(organisation.id)) {
                            activity.organisations.add(organisation);
                        }
                    }
                    return activity;
                })
                .toList();
    }

    /**
     * An activity of the agreement's action plan towards the assessment's goal area, directly or through an area of
     * action chosen under it (read by SQL: the follow-up does not depend on the strategy feature).
     */
    private boolean planActivityOf(Assessment assessment, UUID planActivityId) {
        return !em.createNativeQuery("select 1 from plan_activity p left join strategy_area a on a.id = p.area_id"
                        + " where p.id = :id and p.agreement_id = :agreement"
                        + " and (p.goal_area_id = :goalArea or a.goal_area_id = :goalArea)")
                .setParameter("id", planActivityId)
                .setParameter("agreement", assessment.round.agreement.id)
                .setParameter("goalArea", assessment.goalArea.id)
                .getResultList()
                .isEmpty();
    }

    private List<ReportedValue> reportedValues(
            List<AssessmentInput.ValueInput> inputs, List<Indicator> goalAreaIndicators, FieldViolations violations) {
        List<AssessmentInput.ValueInput> given = inputs == null ? List.of() : inputs;
        Map<UUID, Indicator> byId =
                goalAreaIndicators.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<String, Municipality> municipalitiesByCode = given.isEmpty() ? Map.of() : valueRules.municipalitiesByCode();
        Map<String, Integer> seen = new HashMap<>();
        List<ReportedValue> reported = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AssessmentInput.ValueInput input = given.get(i);
            String field = "indicatorValues[" + i + "]";
            Indicator indicator = byId.get(input.indicatorId());
            if (indicator == null) {
                violations.add(field + ".indicatorId", text("followup.indicator-goal-area"));
                continue;
            }
            Gender gender = input.gender() == null ? Gender.TOTAL : input.gender();
            FieldViolations value = new FieldViolations();
            ValueRules.checkMunicipality(
                    indicator, input.municipalityCode(), municipalitiesByCode, field + ".municipalityCode", value);
            ValueRules.checkGender(indicator, gender, field + ".gender", value);
            ValueRules.checkValue(input.value(), field + ".value", value);
            Integer first =
                    seen.putIfAbsent(indicator.id + "|" + ValueRules.key(0, input.municipalityCode(), gender), i);
            if (first != null) {
                value.add(field, text("followup.repeats-indicatorvalues-same-indicator-municipality", first));
            }
            if (value.isEmpty()) {
                reported.add(new ReportedValue(indicator.id, input.municipalityCode(), gender, input.value()));
            } else {
                violations.addAll(value);
            }
        }
        return reported;
    }

    // ---- read model ---------------------------------------------------------------------------

    /** The version was checked in {@link #atStep}, before the round's and the assessment's rules. */
    private AssessmentDto changed(Assessment assessment, String action, String summary, Consumer<Assessment> change) {
        changes.unguarded(
                ASSESSMENT,
                action,
                assessment,
                change,
                a -> summary + ": " + a.goalArea.label() + (a.organisation == null ? "" : ", " + a.organisation.name));
        return details(assessment);
    }

    private AssessmentDto details(Assessment a) {
        List<Indicator> goalAreaIndicators = indicators.ofGoalArea(a.goalArea.id);
        Map<UUID, Indicator> byId =
                goalAreaIndicators.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<ReportedValueDto> reported = a.indicatorValues.stream()
                .map(v -> {
                    Municipality m = v.municipalityCode == null ? null : municipalities.findById(v.municipalityCode);
                    Indicator indicator = byId.containsKey(v.indicatorId)
                            ? byId.get(v.indicatorId)
                            : indicators.findById(v.indicatorId);
                    return new ReportedValueDto(
                            v.indicatorId,
                            indicator.name,
                            v.municipalityCode,
                            m == null ? null : m.name,
                            v.gender,
                            ValueRules.normalised(v.value));
                })
                .toList();
        FollowUpRound r = a.round;
        return new AssessmentDto(
                a.id,
                r.id,
                FollowUpMapper.agreement(r.agreement),
                r.year,
                r.deadline,
                r.status,
                GoalAreaRef.of(a.goalArea),
                assessed(a.goalArea, r.year),
                FollowUpMapper.organisation(a.organisation),
                a.state,
                a.status,
                a.situation,
                a.activities.stream().map(FollowUpMapper::activity).toList(),
                reported,
                goalAreaIndicators.stream()
                        .map(i -> new AssessmentIndicatorDto(i.id, i.name, i.unit, i.scope, i.genderBreakdown))
                        .toList(),
                a.returnComment,
                a.submittedAt,
                a.submittedBy,
                a.reviewedAt,
                a.reviewedBy,
                r.isOverdue(a, Clocks.today(clock)),
                a.version,
                a.createdAt,
                a.createdBy,
                a.updatedAt,
                a.updatedBy,
                policy.permissions(a),
                ProvenanceDto.of(a.provenance));
    }

    private static AssessedGoalDto assessed(GoalArea goalArea, int year) {
        FocusDto focus = goalArea.priorities.stream()
                .filter(p -> p.year == year)
                .findFirst()
                .map(p -> new FocusDto(p.year, p.status, List.copyOf(p.points)))
                .orElse(null);
        return new AssessedGoalDto(goalArea.goal, List.copyOf(goalArea.strategies), focus);
    }

    private Assessment find(UUID id) {
        return assessments
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(text("assessment.not-found", id)));
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
