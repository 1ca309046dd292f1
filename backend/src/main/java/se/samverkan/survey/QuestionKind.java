package se.samverkan.survey;

import se.samverkan.common.csv.Code;

/** What a question asks for. */
public enum QuestionKind implements Code {
    /** A statement rated on the agreement scale ({@link Rating}). */
    STATEMENT("Påstående"),
    /** Free text, e.g. strengths and weaknesses. */
    TEXT("Fritext"),
    /** A number with unit and bounds, optionally split women / men / total. */
    NUMBER("Antal"),
    SINGLE_CHOICE("Ett val"),
    MULTIPLE_CHOICE("Flera val");

    private final String swedish;

    QuestionKind(String swedish) {
        this.swedish = swedish;
    }

    @Override
    public String swedish() {
        return swedish;
    }
}
