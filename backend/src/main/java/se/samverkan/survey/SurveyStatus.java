package se.samverkan.survey;

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
                    (s, survey) -> new Refusal(
                            "survey-not-draft",
                            "The survey is " + s + "; its questions and recipients change only while it is a draft"))
            .step(
                    Action.OPEN,
                    EnumSet.of(DRAFT),
                    OPEN,
                    (s, survey) -> new Refusal(
                            s == OPEN ? "status-unchanged" : "survey-not-draft",
                            s == OPEN ? "The survey is already open" : "Only a draft survey is opened"))
            .step(
                    Action.CLOSE,
                    EnumSet.of(OPEN),
                    CLOSED,
                    (s, survey) -> new Refusal(
                            s == CLOSED ? "status-unchanged" : "survey-not-open",
                            s == CLOSED ? "The survey is already closed" : "Only an open survey is closed"))
            .step(
                    Action.PUBLISH,
                    EnumSet.of(CLOSED),
                    PUBLISHED,
                    (s, survey) -> new Refusal(
                            s == PUBLISHED ? "status-unchanged" : "survey-not-closed",
                            s == PUBLISHED
                                    ? "The results are already published"
                                    : "Results are published once the survey is closed"))
            .action(
                    Action.ANSWER,
                    EnumSet.of(OPEN),
                    (s, survey) -> new Refusal(
                            s == DRAFT ? "survey-not-open" : "survey-closed",
                            s == DRAFT
                                    ? "The survey is not open yet"
                                    : "The survey is closed and takes no more answers"))
            .action(
                    Action.SUMMARISE,
                    EnumSet.of(OPEN, CLOSED),
                    (s, survey) -> new Refusal(
                            s == DRAFT ? "survey-not-open" : "survey-published",
                            s == DRAFT
                                    ? "Summaries are written once the survey is open"
                                    : "The results are published; the summaries no longer change"))
            .build();
}
