package se.samverkan.common.problem;

import java.util.Locale;

/** Lets tests render a problem text the way the problem mappers do. */
public final class ProblemLocalisationProbe {

    private ProblemLocalisationProbe() {}

    public static String render(String language, String key, Object... args) {
        return ProblemLocalisation.render(Text.text(key, args), Locale.forLanguageTag(language));
    }

    /** The problem's detail as an English-speaking client reads it. */
    public static String english(ProblemException problem) {
        return ProblemLocalisation.render(problem.detail(), Locale.ENGLISH);
    }

    public static String english(Text text) {
        return ProblemLocalisation.render(text, Locale.ENGLISH);
    }
}
