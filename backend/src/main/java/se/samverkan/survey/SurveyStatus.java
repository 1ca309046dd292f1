package se.samverkan.survey;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/**
 * DRAFT → OPEN → CLOSED → PUBLISHED. Questions change only in draft; answers are given while open; the coordinator
 * writes the summaries until the results are published, and publishing shows the aggregates to the public.
 */
public enum SurveyStatus {
    DRAFT,
    OPEN,
    CLOSED,
    PUBLISHED;

    public enum Action {
        /** Change title, dates, themes, questions and recipients. */
        EDIT,
        OPEN,
        CLOSE,
        PUBLISH,
        /** Save, submit or reopen an answer. */
        ANSWER,
        /** Write the summaries per theme. */
        SUMMARISE
    }

    public static final Lifecycle<SurveyStatus, Action, Survey> LIFECYCLE = Lifecycle.of(
                    SurveyStatus.class, Action.class, (Survey s) -> s.status)
            .action(
                    Action.EDIT,
                    EnumSet.of(DRAFT),
                    (s, survey) -> new Refusal("survey-not-draft", text("survey.not-draft", s)))
            .step(
                    Action.OPEN,
                    EnumSet.of(DRAFT),
                    OPEN,
                    (s, survey) -> new Refusal(
                            s == OPEN ? "status-unchanged" : "survey-not-draft",
                            s == OPEN ? text("survey.already-open") : text("survey.only-draft-opened")))
            .step(
                    Action.CLOSE,
                    EnumSet.of(OPEN),
                    CLOSED,
                    (s, survey) -> new Refusal(
                            s == CLOSED ? "status-unchanged" : "survey-not-open",
                            s == CLOSED ? text("survey.already-closed") : text("survey.only-open-closed")))
            .step(
                    Action.PUBLISH,
                    EnumSet.of(CLOSED),
                    PUBLISHED,
                    (s, survey) -> new Refusal(
                            s == PUBLISHED ? "status-unchanged" : "survey-not-closed",
                            s == PUBLISHED ? text("survey.already-published") : text("survey.publish-when-closed")))
            .action(
                    Action.ANSWER,
                    EnumSet.of(OPEN),
                    (s, survey) -> new Refusal(
                            s == DRAFT ? "survey-not-open" : "survey-closed",
                            s == DRAFT ? text("survey.not-open-yet") : text("survey.closed")))
            .action(
                    Action.SUMMARISE,
                    EnumSet.of(OPEN, CLOSED),
                    (s, survey) -> new Refusal(
                            s == DRAFT ? "survey-not-open" : "survey-published",
                            s == DRAFT ? text("survey.summaries-when-open") : text("survey.summaries-published")))
            .build();
}
