package se.samverkan.common.problem;

/** Lets tests reach the translation of a single text. */
public final class ProblemLocalisationProbe {

    private ProblemLocalisationProbe() {}

    public static String translate(String english) {
        return ProblemLocalisation.translate(english);
    }
}
