package se.samverkan.survey;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.common.time.Clocks;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.notification.Announcements;
import se.samverkan.organisation.OrganisationReference;
import se.samverkan.reference.County;
import se.samverkan.reference.CountyRepository;
import se.samverkan.survey.SurveyDtos.SurveyDto;
import se.samverkan.survey.SurveyDtos.SurveyListItem;
import se.samverkan.survey.SurveyDtos.SurveyPermissions;
import se.samverkan.survey.SurveyInputs.CopyInput;
import se.samverkan.survey.SurveyInputs.QuestionInput;
import se.samverkan.survey.SurveyInputs.StatusInput;
import se.samverkan.survey.SurveyInputs.SummariesInput;
import se.samverkan.survey.SurveyInputs.SurveyInput;
import se.samverkan.survey.SurveyInputs.ThemeInput;

/** Surveys: drafting the themes and questions, the recipients, copying, the lifecycle and the summaries. */
@ApplicationScoped
public class SurveyService {

    public static final String SURVEY = "SURVEY";

    static final Audit<Survey> AUDIT =
            new Audit<>(s -> new ChangeRecorder.Subject(SURVEY, s.id, SURVEY, s.id), SurveyMapper::surveySnapshot);

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyRecipients recipients;

    @Inject
    CountyRepository counties;

    @Inject
    SurveyPolicy policy;

    @Inject
    AuditedChanges changes;

    @Inject
    ChangeRecorder history;

    @Inject
    Announcements announcements;

    @Inject
    Clock clock;

    // ---- reads ----------------------------------------------------------------------------------

    @ReadOnly
    @Transactional
    public List<SurveyListItem> list(SurveyQuery query) {
        counties.requireKnown(query.county(), "county");
        List<Survey> found = surveys.search(query, policy.visibility());
        List<UUID> ids = found.stream().map(s -> s.id).toList();
        Map<UUID, int[]> counts = recipients.counts(ids);
        Map<UUID, String> mine = policy.callerOrganisation()
                .map(o -> recipients.answerStatuses(o.id(), ids))
                .orElse(new HashMap<>());
        return found.stream()
                .map(s -> {
                    int[] c = counts.getOrDefault(s.id, new int[] {0, 0});
                    String status = mine.get(s.id);
                    return new SurveyListItem(
                            s.id,
                            s.countyCode(),
                            s.county == null ? null : s.county.name,
                            s.title,
                            s.year,
                            s.opensOn,
                            s.closesOn,
                            s.status,
                            c[0],
                            c[1],
                            status == null || status.equals("NONE") ? null : AnswerStatus.valueOf(status),
                            status != null,
                            ProvenanceDto.of(s.provenance));
                })
                .toList();
    }

    @ReadOnly
    @Transactional
    public SurveyDto get(UUID id) {
        return dto(findReadable(id));
    }

    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        Survey survey = find(id);
        policy.assertCanReadHistory(survey);
        return history.history(SURVEY, id);
    }

    // ---- writes ---------------------------------------------------------------------------------

    @Transactional
    public SurveyDto create(SurveyInput input) {
        policy.assertCanCreate(input.countyCode());
        Survey survey = new Survey();
        survey.id = UUID.randomUUID();
        survey.status = SurveyStatus.DRAFT;
        List<UUID> asked = apply(survey, input);
        changes.create(AUDIT, survey, "Drafted " + survey.title);
        recipients.replace(survey.id, asked);
        return dto(survey);
    }

    @Transactional
    public SurveyDto update(UUID id, String ifMatch, SurveyInput input) {
        Survey survey = findReadable(id);
        policy.assertCanRun(survey);
        if (!java.util.Objects.equals(input.countyCode(), survey.countyCode())) {
            throw ProblemException.invalid("countyCode", text("survey.keeps-owner"));
        }
        List<UUID> asked = new ArrayList<>();
        changes.update(
                AUDIT,
                survey,
                ifMatch,
                s -> SurveyStatus.LIFECYCLE.check(s, SurveyStatus.Action.EDIT),
                s -> asked.addAll(apply(s, input)),
                s -> "Updated " + s.title);
        recipients.replace(survey.id, asked);
        return dto(survey);
    }

    /** Next year's survey: the same themes and questions (keys kept, so years compare), the same recipients. */
    @Transactional
    public SurveyDto copy(UUID id, CopyInput input) {
        Survey source = findReadable(id);
        String owner = input.countyCode() == null ? source.countyCode() : input.countyCode();
        County county = owner == null ? null : counties.require(owner, "countyCode");
        policy.assertCanCreate(owner);
        checkPeriod(input.opensOn(), input.closesOn());
        Survey copy = new Survey();
        copy.id = UUID.randomUUID();
        copy.county = county;
        copy.title = input.title() == null || input.title().isBlank()
                ? source.title.replace(String.valueOf(source.year), String.valueOf(input.year()))
                : input.title().trim();
        copy.year = input.year();
        copy.opensOn = input.opensOn();
        copy.closesOn = input.closesOn();
        copy.introduction = source.introduction;
        copy.includeRegion = source.includeRegion;
        copy.status = SurveyStatus.DRAFT;
        copy.copiedFromId = source.id;
        for (SurveyTheme theme : source.themes) {
            SurveyTheme t = newTheme(copy, theme.title);
            for (SurveyQuestion q : theme.questions) {
                SurveyQuestion c = newQuestion(copy, t, q.key);
                c.kind = q.kind;
                c.text = q.text;
                c.help = q.help;
                c.required = q.required;
                c.commentMode = q.commentMode;
                c.unit = q.unit;
                c.minValue = q.minValue;
                c.maxValue = q.maxValue;
                c.genderSplit = q.genderSplit;
                c.options = q.options == null ? null : q.options.clone();
            }
        }
        changes.create(AUDIT, copy, "Copied from " + source.title);
        recipients.replace(
                copy.id,
                java.util.Objects.equals(owner, source.countyCode())
                        ? recipients.idsOf(source.id)
                        : recipients.defaults(owner, copy.includeRegion));
        return dto(copy);
    }

    @Transactional
    public SurveyDto changeStatus(UUID id, String ifMatch, StatusInput input) {
        Survey survey = findReadable(id);
        policy.assertCanRun(survey);
        SurveyStatus.Action action =
                switch (input.status()) {
                    case OPEN -> SurveyStatus.Action.OPEN;
                    case CLOSED -> SurveyStatus.Action.CLOSE;
                    case PUBLISHED -> SurveyStatus.Action.PUBLISH;
                    case DRAFT -> throw ProblemException.invalid("status", text("survey.status-target"));
                };
        SurveyStatus from = survey.status;
        changes.changeStatus(
                AUDIT.showing(s -> Map.of("status", s.status.name())),
                survey,
                ifMatch,
                s -> {
                    SurveyStatus next = SurveyStatus.LIFECYCLE.next(s, action);
                    if (action == SurveyStatus.Action.OPEN) {
                        requireReadyToOpen(s);
                    }
                    if (action == SurveyStatus.Action.PUBLISH) {
                        s.publishedAt = Clocks.now(clock);
                    }
                    s.status = next;
                },
                s -> "Status " + from + " → " + s.status);
        if (action == SurveyStatus.Action.OPEN) {
            // the invitation commits (or rolls back) with the opening
            announcements.surveyOpened(survey.id);
        }
        return dto(survey);
    }

    private void requireReadyToOpen(Survey s) {
        if (s.themes.stream().allMatch(t -> t.questions.isEmpty())) {
            throw ProblemException.ruleViolation(
                    "survey-without-questions",
                    text("survey.without-questions"),
                    "themes",
                    text("survey.has-no-question"));
        }
        if (recipients.idsOf(s.id).isEmpty()) {
            throw ProblemException.ruleViolation(
                    "survey-without-recipients",
                    text("survey.without-recipients"),
                    "recipientIds",
                    text("survey.names-no-organisation"));
        }
    }

    @Transactional
    public SurveyDto summarise(UUID id, String ifMatch, SummariesInput input) {
        Survey survey = findReadable(id);
        policy.assertCanRun(survey);
        Map<UUID, SurveyTheme> themes = new HashMap<>();
        survey.themes.forEach(t -> themes.put(t.id, t));
        FieldViolations violations = new FieldViolations();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < input.summaries().size(); i++) {
            UUID theme = input.summaries().get(i).themeId();
            if (!themes.containsKey(theme)) {
                violations.add("summaries[" + i + "].themeId", text("survey.not-a-theme"));
            } else if (!seen.add(theme)) {
                violations.add("summaries[" + i + "].themeId", text("survey.summarised-twice"));
            }
        }
        violations.throwIfAny();
        changes.update(
                AUDIT,
                survey,
                ifMatch,
                s -> SurveyStatus.LIFECYCLE.check(s, SurveyStatus.Action.SUMMARISE),
                s -> {
                    input.summaries()
                            .forEach(summary ->
                                    themes.get(summary.themeId()).summary = SurveyMapper.blankToNull(summary.text()));
                },
                s -> "Summaries of " + s.title);
        return dto(survey);
    }

    // ---- helpers --------------------------------------------------------------------------------

    Survey find(UUID id) {
        return surveys.findWithCounty(id).orElseThrow(() -> ProblemException.notFound(text("survey.not-found", id)));
    }

    Survey findReadable(UUID id) {
        Survey survey = find(id);
        policy.assertCanRead(survey);
        return survey;
    }

    private static void checkPeriod(java.time.LocalDate opensOn, java.time.LocalDate closesOn) {
        if (closesOn.isBefore(opensOn)) {
            throw ProblemException.invalid("closesOn", text("survey.before-opens-on"));
        }
    }

    /** Applies the input; answers the recipients to store. */
    private List<UUID> apply(Survey survey, SurveyInput input) {
        FieldViolations violations = new FieldViolations();
        County county = counties.find(input.countyCode(), "countyCode", violations);
        if (input.closesOn().isBefore(input.opensOn())) {
            violations.add("closesOn", text("survey.before-opens-on"));
        }
        Map<UUID, SurveyQuestion> existingQuestions = new HashMap<>();
        Map<UUID, SurveyTheme> existingThemes = new HashMap<>();
        for (SurveyTheme t : survey.themes) {
            existingThemes.put(t.id, t);
            t.questions.forEach(q -> existingQuestions.put(q.key, q));
        }
        List<ThemeInput> themes = input.themes() == null ? List.of() : input.themes();
        Set<UUID> keys = new HashSet<>();
        Set<UUID> themeIds = new HashSet<>();
        for (int t = 0; t < themes.size(); t++) {
            ThemeInput theme = themes.get(t);
            if (theme.id() != null && (!existingThemes.containsKey(theme.id()) || !themeIds.add(theme.id()))) {
                violations.add("themes[" + t + "].id", text("survey.not-a-theme"));
            }
            List<QuestionInput> questions = theme.questions() == null ? List.of() : theme.questions();
            for (int q = 0; q < questions.size(); q++) {
                checkQuestion(
                        questions.get(q),
                        "themes[" + t + "].questions[" + q + "].",
                        existingQuestions,
                        keys,
                        violations);
            }
        }
        List<UUID> asked;
        if (input.recipientIds() == null) {
            asked = violations.isEmpty()
                    ? recipients.defaults(input.countyCode(), Boolean.TRUE.equals(input.includeRegion()))
                    : List.of();
        } else {
            asked = new ArrayList<>(new LinkedHashSet<>(input.recipientIds()));
            Set<UUID> existing = recipients.existing(asked);
            for (int i = 0; i < input.recipientIds().size(); i++) {
                if (!existing.contains(input.recipientIds().get(i))) {
                    violations.add(
                            "recipientIds[" + i + "]",
                            text(
                                    "common.no-organisation-id",
                                    input.recipientIds().get(i)));
                }
            }
        }
        violations.throwIfAny();
        survey.county = county;
        survey.title = input.title().trim();
        survey.year = input.year();
        survey.opensOn = input.opensOn();
        survey.closesOn = input.closesOn();
        survey.introduction = SurveyMapper.blankToNull(input.introduction());
        survey.includeRegion = Boolean.TRUE.equals(input.includeRegion());
        if (!survey.themes.isEmpty()) {
            // The old rows go first: a kept question key (unique per survey) and a kept theme id are inserted again.
            survey.themes.clear();
            surveys.flush();
        }
        for (ThemeInput theme : themes) {
            SurveyTheme t = newTheme(survey, theme.title().trim());
            if (theme.id() != null) {
                t.id = theme.id();
                t.summary = existingThemes.get(theme.id()).summary;
            }
            for (QuestionInput question : theme.questions() == null ? List.<QuestionInput>of() : theme.questions()) {
                SurveyQuestion q = newQuestion(survey, t, question.key() == null ? UUID.randomUUID() : question.key());
                q.kind = question.kind();
                q.text = question.text().trim();
                q.help = SurveyMapper.blankToNull(question.help());
                q.required = Boolean.TRUE.equals(question.required());
                q.commentMode = question.kind() == QuestionKind.STATEMENT && question.commentMode() != null
                        ? question.commentMode()
                        : CommentMode.NONE;
                q.unit = question.kind() == QuestionKind.NUMBER ? SurveyMapper.blankToNull(question.unit()) : null;
                q.minValue = question.kind() == QuestionKind.NUMBER ? question.minValue() : null;
                q.maxValue = question.kind() == QuestionKind.NUMBER ? question.maxValue() : null;
                q.genderSplit = question.kind() == QuestionKind.NUMBER && Boolean.TRUE.equals(question.genderSplit());
                q.options = choice(question.kind())
                        ? question.options().stream().map(String::trim).toArray(String[]::new)
                        : null;
            }
        }
        return asked;
    }

    private static SurveyTheme newTheme(Survey survey, String title) {
        SurveyTheme t = new SurveyTheme();
        t.id = UUID.randomUUID();
        t.survey = survey;
        t.position = survey.themes.size();
        t.title = title;
        survey.themes.add(t);
        return t;
    }

    private static SurveyQuestion newQuestion(Survey survey, SurveyTheme theme, UUID key) {
        SurveyQuestion q = new SurveyQuestion();
        q.id = UUID.randomUUID();
        q.survey = survey;
        q.theme = theme;
        q.position = theme.questions.size();
        q.key = key;
        theme.questions.add(q);
        return q;
    }

    static boolean choice(QuestionKind kind) {
        return kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
    }

    private static void checkQuestion(
            QuestionInput q,
            String prefix,
            Map<UUID, SurveyQuestion> existing,
            Set<UUID> keys,
            FieldViolations violations) {
        if (q.key() != null) {
            if (!existing.containsKey(q.key())) {
                violations.add(prefix + "key", text("survey.not-a-question-key"));
            } else if (!keys.add(q.key())) {
                violations.add(prefix + "key", text("survey.key-twice"));
            }
        }
        if (choice(q.kind())) {
            if (q.options() == null || q.options().size() < 2) {
                violations.add(prefix + "options", text("survey.two-options"));
            } else if (new HashSet<>(q.options().stream().map(String::trim).toList()).size()
                    < q.options().size()) {
                violations.add(prefix + "options", text("survey.option-repeated"));
            }
        } else if (q.options() != null && !q.options().isEmpty()) {
            violations.add(prefix + "options", text("survey.only-choices-options"));
        }
        if (q.kind() != QuestionKind.NUMBER
                && (q.unit() != null
                        || q.minValue() != null
                        || q.maxValue() != null
                        || Boolean.TRUE.equals(q.genderSplit()))) {
            violations.add(prefix + "kind", text("survey.number-only"));
        }
        if (q.minValue() != null && q.maxValue() != null && q.maxValue().compareTo(q.minValue()) < 0) {
            violations.add(prefix + "maxValue", text("survey.below-min"));
        }
        if (q.kind() != QuestionKind.STATEMENT && q.commentMode() != null && q.commentMode() != CommentMode.NONE) {
            violations.add(prefix + "commentMode", text("survey.only-statements-comment"));
        }
    }

    SurveyDto dto(Survey s) {
        boolean run = policy.canRun(s);
        List<SurveyStatus> statusChanges = new ArrayList<>();
        if (run) {
            for (SurveyStatus.Action action :
                    List.of(SurveyStatus.Action.OPEN, SurveyStatus.Action.CLOSE, SurveyStatus.Action.PUBLISH)) {
                if (SurveyStatus.LIFECYCLE.allows(s, action)) {
                    statusChanges.add(SurveyStatus.LIFECYCLE.target(action).orElseThrow());
                }
            }
        }
        List<OrganisationReference> asked = recipients.of(s.id);
        OrganisationReference answerFor = policy.callerOrganisation()
                .filter(o -> SurveyStatus.LIFECYCLE.allows(s, SurveyStatus.Action.ANSWER))
                .filter(o -> asked.stream().anyMatch(r -> r.id().equals(o.id())))
                .orElse(null);
        boolean internal = policy.canReadInternal(s, null);
        List<String> followed = policy.followedCounties(s);
        var permissions = new SurveyPermissions(
                run && SurveyStatus.LIFECYCLE.allows(s, SurveyStatus.Action.EDIT),
                statusChanges,
                policy.canCopy(s),
                run && SurveyStatus.LIFECYCLE.allows(s, SurveyStatus.Action.SUMMARISE),
                internal || s.status == SurveyStatus.PUBLISHED || !followed.isEmpty(),
                internal,
                followed,
                answerFor);
        return SurveyMapper.survey(s, asked, permissions);
    }
}
