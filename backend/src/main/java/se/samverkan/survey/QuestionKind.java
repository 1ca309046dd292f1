package se.samverkan.survey;

/** What a question asks for. */
public enum QuestionKind {
    /** A statement rated on the agreement scale ({@link Rating}). */
    STATEMENT,
    /** Free text, e.g. strengths and weaknesses. */
    TEXT,
    /** A number with unit and bounds, optionally split women / men / total. */
    NUMBER,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE
}
