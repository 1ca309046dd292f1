package se.samverkan.resultsreport;

import se.samverkan.common.csv.Code;

/**
 * The county boards' assignments a results report has a part for, in the order the national summary gives them (Så
 * gick arbetet med integration under 2021). Declared once: the parts, the compilation and the exports follow this
 * order. The Swedish labels are for the files the API writes (PDF, CSV); the SPA has its own texts.
 */
public enum Assignment implements Code {
    SITUATION_REPORTS("Lägesbilder"),
    PREPAREDNESS_AND_CAPACITY("Beredskap och kapacitet i mottagandet av nyanlända"),
    UNACCOMPANIED_CHILDREN("Ensamkommande barn och unga"),
    EARLY_MEASURES("Tidiga insatser för asylsökande"),
    DEVELOPMENT_FUNDS("Utvecklingsmedel §37 och §37a"),
    CIVIC_ORIENTATION("Samhällsorientering för nyanlända"),
    INFORMATIONSVERIGE("Informationsverige.se");

    private final String swedish;

    Assignment(String swedish) {
        this.swedish = swedish;
    }

    @Override
    public String swedish() {
        return swedish;
    }
}
