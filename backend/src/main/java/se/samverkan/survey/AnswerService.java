package se.samverkan.survey;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.persistence.UniqueConstraints;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.ProblemType;
import se.samverkan.common.time.Clocks;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationReference;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.survey.SurveyDtos.AnswerDto;
import se.samverkan.survey.SurveyDtos.AnswerPermissions;
import se.samverkan.survey.SurveyInputs.AnswerInput;
import se.samverkan.survey.SurveyInputs.AnswerItemInput;

/**
 * An organisation's answer: saved as a draft (If-Match after the first save), submitted once, reopened by those who
 * run the survey. The answer row is locked while it changes, so of two members submitting at once one wins and the
 * other is told it has been submitted. The first save may ask to create the answer only if it is still absent
 * (If-None-Match: *): of two members starting it at once, the second is told it changed meanwhile (412).
 */
@ApplicationScoped
public class AnswerService {

    public static final String ANSWER = "SURVEY_ANSWER";

    /** An answer's history belongs to its survey's. */
    static final Audit<SurveyAnswer> AUDIT = new Audit<>(
            a -> new ChangeRecorder.Subject(SurveyService.SURVEY, a.survey.id, ANSWER, a.id),
            SurveyMapper::answerSnapshot);

    /** A submission or reopening shows only the status change. */
    private static final Audit<SurveyAnswer> STATUS = AUDIT.showing(a -> Map.of("status", a.status.name()));

    /** What a save answers: the answer, and whether it was the first save (201). */
    public record Saved(AnswerDto answer, boolean created) {}

    @Inject
    SurveyService surveys;

    @Inject
    SurveyAnswerRepository answers;

    @Inject
    SurveyRecipients recipients;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SurveyPolicy policy;

    @Inject
    AuditedChanges changes;

    @Inject
    Clock clock;

    @ReadOnly
    @Transactional
    public AnswerDto get(UUID surveyId, UUID organisationId) {
        Survey survey = surveys.findReadable(surveyId);
        Organisation organisation = organisation(organisationId);
        policy.assertCanReadAnswer(survey, organisationId, organisation.countyCode());
        if (!recipients.asks(surveyId, organisationId)) {
            throw ProblemException.notFound(text("survey.answer-not-found", organisationId));
        }
        return dto(survey, organisation, answers.of(surveyId, organisationId).orElse(null));
    }

    /**
     * Saves the draft. Creating it with If-None-Match: * (the client read that the organisation has not started) is
     * refused with 412 when someone else started it meanwhile, also when both create at once, so the second sees the
     * first's answer instead of a refusal it cannot act on.
     */
    @Transactional
    public Saved save(UUID surveyId, UUID organisationId, String ifMatch, String ifNoneMatch, AnswerInput input) {
        Survey survey = surveys.findReadable(surveyId);
        Organisation organisation = organisation(organisationId);
        policy.assertCanAnswerFor(survey, organisationId, organisation.countyCode());
        requireAnswerable(survey, organisationId);
        Map<UUID, SurveyQuestion> byKey = questions(survey);
        List<SurveyAnswerItem> items = items(input, byKey);
        SurveyAnswer existing = answers.lockedOf(surveyId, organisationId).orElse(null);
        boolean createOnly = EntityTags.createOnly(ifNoneMatch);
        if (existing != null && createOnly) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, text("survey.answer-started-meanwhile"));
        }
        if (existing == null) {
            // Nothing to overwrite yet: an If-Match sent anyway must name the not-started read's version (0), never
            // "*"; a stored answer starts at 1 (SurveyAnswer), so it is refused once someone has started the answer.
            if (ifMatch != null) {
                EntityTags.requireMatch(ifMatch, 0);
            }
            SurveyAnswer answer = new SurveyAnswer();
            answer.id = UUID.randomUUID();
            answer.survey = survey;
            answer.organisation = organisation;
            answer.status = AnswerStatus.DRAFT;
            answer.items.addAll(items);
            Runnable insert = () -> changes.create(AUDIT, answer, "Answer of " + organisation.name + " saved");
            if (createOnly) {
                // Another member's first save may commit between the look above and this insert.
                UniqueConstraints.inserting(
                        insert,
                        "survey_answer_once",
                        () -> new ProblemException(
                                ProblemType.PRECONDITION_FAILED, text("survey.answer-started-meanwhile")));
            } else {
                insert.run();
            }
            return new Saved(dto(survey, organisation, answer), true);
        }
        AnswerStatus.LIFECYCLE.check(existing, AnswerStatus.Action.SAVE);
        changes.update(
                AUDIT,
                existing,
                ifMatch,
                a -> {
                    a.items.clear();
                    a.items.addAll(items);
                },
                a -> "Answer of " + organisation.name + " saved");
        return new Saved(dto(survey, organisation, existing), false);
    }

    @Transactional
    public AnswerDto submit(UUID surveyId, UUID organisationId, String ifMatch) {
        Survey survey = surveys.findReadable(surveyId);
        Organisation organisation = organisation(organisationId);
        policy.assertCanAnswerFor(survey, organisationId, organisation.countyCode());
        requireAnswerable(survey, organisationId);
        SurveyAnswer answer = answers.lockedOf(surveyId, organisationId)
                .orElseThrow(() -> ProblemException.ruleViolation("answer-not-saved", text("survey.answer-not-saved")));
        // The rule before the version: the second of two submits learns that the answer is in, not that it is stale.
        AnswerStatus.LIFECYCLE.check(answer, AnswerStatus.Action.SUBMIT);
        EntityTags.requireMatch(ifMatch, answer.version);
        requireComplete(survey, answer);
        changes.changeStatus(
                STATUS,
                answer,
                ifMatch,
                a -> {
                    a.status = AnswerStatus.LIFECYCLE.next(a, AnswerStatus.Action.SUBMIT);
                    a.submittedAt = Clocks.now(clock);
                    a.submittedBy = changesActor();
                },
                a -> "Answer of " + organisation.name + " submitted");
        return dto(survey, organisation, answer);
    }

    @Transactional
    public AnswerDto reopen(UUID surveyId, UUID organisationId, String ifMatch) {
        Survey survey = surveys.findReadable(surveyId);
        Organisation organisation = organisation(organisationId);
        policy.assertCanReopen(survey, organisationId, organisation.countyCode());
        SurveyStatus.LIFECYCLE.check(survey, SurveyStatus.Action.ANSWER);
        SurveyAnswer answer = answers.lockedOf(surveyId, organisationId)
                .orElseThrow(() ->
                        ProblemException.ruleViolation("answer-not-submitted", text("survey.answer-not-submitted")));
        AnswerStatus.LIFECYCLE.check(answer, AnswerStatus.Action.REOPEN);
        changes.changeStatus(
                STATUS,
                answer,
                ifMatch,
                a -> {
                    a.status = AnswerStatus.LIFECYCLE.next(a, AnswerStatus.Action.REOPEN);
                    a.submittedAt = null;
                    a.submittedBy = null;
                },
                a -> "Answer of " + organisation.name + " reopened");
        return dto(survey, organisation, answer);
    }

    @Inject
    ChangeRecorder recorder;

    private String changesActor() {
        return recorder.caller().name();
    }

    // ---- rules ----------------------------------------------------------------------------------

    /** Open, not past its closing day, and the organisation is asked. */
    private void requireAnswerable(Survey survey, UUID organisationId) {
        if (!recipients.asks(survey.id, organisationId)) {
            throw ProblemException.ruleViolation("organisation-not-asked", text("survey.organisation-not-asked"));
        }
        SurveyStatus.LIFECYCLE.check(survey, SurveyStatus.Action.ANSWER);
        if (Clocks.today(clock).isAfter(survey.closesOn)) {
            throw ProblemException.ruleViolation("survey-closed", text("survey.closed-on", survey.closesOn));
        }
    }

    private static Map<UUID, SurveyQuestion> questions(Survey survey) {
        Map<UUID, SurveyQuestion> byKey = new HashMap<>();
        survey.themes.forEach(t -> t.questions.forEach(q -> byKey.put(q.key, q)));
        return byKey;
    }

    /** Checks each item against its question's kind, options and bounds. */
    private static List<SurveyAnswerItem> items(AnswerInput input, Map<UUID, SurveyQuestion> byKey) {
        FieldViolations violations = new FieldViolations();
        Set<UUID> seen = new HashSet<>();
        List<SurveyAnswerItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < input.items().size(); i++) {
            AnswerItemInput in = input.items().get(i);
            String prefix = "items[" + i + "].";
            SurveyQuestion q = byKey.get(in.questionKey());
            if (q == null) {
                violations.add(prefix + "questionKey", text("survey.not-a-question"));
                continue;
            }
            if (!seen.add(q.key)) {
                violations.add(prefix + "questionKey", text("survey.answered-twice"));
                continue;
            }
            SurveyAnswerItem item = new SurveyAnswerItem();
            item.questionId = q.id;
            item.commentPublishable = Boolean.TRUE.equals(in.publishable());
            notFor(q, in.agreement() != null && q.kind != QuestionKind.STATEMENT, prefix + "agreement", violations);
            notFor(q, in.text() != null && q.kind != QuestionKind.TEXT, prefix + "text", violations);
            notFor(q, in.number() != null && q.kind != QuestionKind.NUMBER, prefix + "number", violations);
            notFor(q, (in.women() != null || in.men() != null) && !q.genderSplit, prefix + "women", violations);
            notFor(
                    q,
                    in.options() != null && !in.options().isEmpty() && !SurveyService.choice(q.kind),
                    prefix + "options",
                    violations);
            if (in.comment() != null && !in.comment().isBlank() && q.commentMode == CommentMode.NONE) {
                violations.add(prefix + "comment", text("survey.no-comment"));
            }
            item.agreement = in.agreement();
            item.comment = SurveyMapper.blankToNull(in.comment());
            item.textValue = SurveyMapper.blankToNull(in.text());
            item.numberValue = within(q, in.number(), prefix + "number", violations);
            item.women = within(q, in.women(), prefix + "women", violations);
            item.men = within(q, in.men(), prefix + "men", violations);
            if (SurveyService.choice(q.kind)
                    && in.options() != null
                    && !in.options().isEmpty()) {
                List<String> allowed = SurveyMapper.options(q.options);
                List<String> chosen =
                        in.options().stream().map(String::trim).distinct().toList();
                for (String option : chosen) {
                    if (!allowed.contains(option)) {
                        violations.add(prefix + "options", text("survey.not-an-option", option));
                    }
                }
                if (q.kind == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
                    violations.add(prefix + "options", text("survey.one-option"));
                }
                item.options = chosen.toArray(String[]::new);
            }
            items.add(item);
        }
        violations.throwIfAny();
        return items;
    }

    private static void notFor(SurveyQuestion q, boolean given, String field, FieldViolations violations) {
        if (given) {
            violations.add(field, text("survey.does-not-apply", q.kind));
        }
    }

    private static BigDecimal within(SurveyQuestion q, BigDecimal value, String field, FieldViolations violations) {
        if (value == null) {
            return null;
        }
        if (q.minValue != null && value.compareTo(q.minValue) < 0) {
            violations.add(field, text("survey.at-least", q.minValue.toPlainString()));
        }
        if (q.maxValue != null && value.compareTo(q.maxValue) > 0) {
            violations.add(field, text("survey.at-most", q.maxValue.toPlainString()));
        }
        if (value.scale() > 2) {
            violations.add(field, text("survey.two-decimals"));
        }
        return value;
    }

    /** Every required question answered, and a comment where one is required. */
    private static void requireComplete(Survey survey, SurveyAnswer answer) {
        Map<UUID, SurveyAnswerItem> byQuestion = new HashMap<>();
        answer.items.forEach(i -> byQuestion.put(i.questionId, i));
        FieldViolations violations = new FieldViolations();
        for (SurveyTheme theme : survey.themes) {
            for (SurveyQuestion q : theme.questions) {
                SurveyAnswerItem item = byQuestion.get(q.id);
                String field = "items[" + q.key + "]";
                if (q.required && (item == null || empty(q, item))) {
                    violations.add(field, text("survey.must-be-answered"));
                }
                if (q.commentMode == CommentMode.REQUIRED
                        && item != null
                        && item.agreement != null
                        && item.comment == null) {
                    violations.add(field + ".comment", text("survey.comment-required"));
                }
            }
        }
        violations.throwIfAny();
    }

    private static boolean empty(SurveyQuestion q, SurveyAnswerItem i) {
        return switch (q.kind) {
            case STATEMENT -> i.agreement == null;
            case TEXT -> i.textValue == null;
            case NUMBER -> i.numberValue == null && i.women == null && i.men == null;
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> i.options == null || i.options.length == 0;
        };
    }

    private Organisation organisation(UUID id) {
        return organisations
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(text("organisation.not-found", id)));
    }

    private AnswerDto dto(Survey survey, Organisation organisation, SurveyAnswer answer) {
        boolean member = policy.isMemberOf(organisation.id);
        boolean open = SurveyStatus.LIFECYCLE.allows(survey, SurveyStatus.Action.ANSWER)
                && !Clocks.today(clock).isAfter(survey.closesOn);
        boolean draft = answer == null || answer.status == AnswerStatus.DRAFT;
        var permissions = new AnswerPermissions(
                member && open && draft,
                member && open && answer != null && draft,
                policy.canRun(survey)
                        && SurveyStatus.LIFECYCLE.allows(survey, SurveyStatus.Action.ANSWER)
                        && answer != null
                        && answer.status == AnswerStatus.SUBMITTED);
        return SurveyMapper.answer(
                answer, survey, new OrganisationReference(organisation.id, organisation.name), permissions);
    }
}
