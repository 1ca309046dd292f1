package se.samverkan.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Renders problem texts in the caller's language (Accept-Language: sv or en; English by default). A {@link Text} is a
 * message key of {@code i18n/problems.properties} (English) or {@code i18n/problems_sv.properties} (Swedish), each
 * value a {@link MessageFormat} pattern; the arguments are written as text, so numbers such as years keep no
 * grouping. ProblemTextsTest keeps the two bundles complete.
 */
public final class ProblemLocalisation {

    static final String ENGLISH_BUNDLE = "i18n/problems.properties";
    static final String SWEDISH_BUNDLE = "i18n/problems_sv.properties";
    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final Map<String, String> ENGLISH_TEXTS = load(ENGLISH_BUNDLE);
    private static final Map<String, String> SWEDISH_TEXTS = load(SWEDISH_BUNDLE);

    private ProblemLocalisation() {}

    /** Swedish when the caller prefers Swedish to English, otherwise English. */
    public static Locale languageOf(HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale locale : languages) {
            String language = locale.getLanguage();
            if ("sv".equals(language)) {
                return SWEDISH;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** The same choice from a raw Accept-Language header (outside JAX-RS); English when it is absent or unreadable. */
    public static Locale languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-", 2)[0];
                if ("sv".equals(language)) {
                    return SWEDISH;
                }
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
        return Locale.ENGLISH;
    }

    public static String render(Text text, Locale language) {
        if (text == null) {
            return null;
        }
        String pattern = (SWEDISH.equals(language) ? SWEDISH_TEXTS : ENGLISH_TEXTS).get(text.key());
        if (pattern == null) {
            // A missing line is a defect that ProblemTextsTest catches; the key still tells the client something.
            pattern = ENGLISH_TEXTS.getOrDefault(text.key(), text.key());
        }
        Object[] args = text.args().stream().map(String::valueOf).toArray();
        return new MessageFormat(pattern, language).format(args);
    }

    static List<Problem.FieldViolation> render(List<FieldError> errors, Locale language) {
        return errors == null
                ? null
                : errors.stream()
                        .map(e -> new Problem.FieldViolation(e.field(), render(e.message(), language)))
                        .toList();
    }

    static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemLocalisation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf((Map<String, String>) (Map<?, ?>) properties);
    }
}
