package se.samverkan.survey;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import se.samverkan.common.csv.Code;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/** An organisation's answer: DRAFT (saved, editable) → SUBMITTED; the coordinator may reopen it to DRAFT. */
public enum AnswerStatus implements Code {
    DRAFT("Utkast"),
    SUBMITTED("Inskickat");

    private final String swedish;

    AnswerStatus(String swedish) {
        this.swedish = swedish;
    }

    @Override
    public String swedish() {
        return swedish;
    }

    public enum Action {
        SAVE,
        SUBMIT,
        REOPEN
    }

    public static final Lifecycle<AnswerStatus, Action, SurveyAnswer> LIFECYCLE = Lifecycle.of(
                    AnswerStatus.class, Action.class, (SurveyAnswer a) -> a.status)
            .action(
                    Action.SAVE,
                    EnumSet.of(DRAFT),
                    (s, a) -> new Refusal("answer-submitted", text("survey.answer-submitted")))
            .step(
                    Action.SUBMIT,
                    EnumSet.of(DRAFT),
                    SUBMITTED,
                    (s, a) -> new Refusal("answer-already-submitted", text("survey.answer-already-submitted")))
            .step(
                    Action.REOPEN,
                    EnumSet.of(SUBMITTED),
                    DRAFT,
                    (s, a) -> new Refusal("answer-not-submitted", text("survey.answer-not-submitted")))
            .build();
}
