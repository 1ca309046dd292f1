package se.samverkan.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem text exists in English and Swedish: the two bundles have the same keys and the same placeholders,
 * and every key the code names has a line. Covers both the problem texts (i18n/problems*.properties, MessageFormat)
 * and the Bean Validation messages (ValidationMessages*.properties, Hibernate Validator's {name} parameters).
 */
class ProblemTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Texts that read the same in both languages (codes, formats and names). */
    private static final Set<String> SAME_IN_BOTH =
            Set.of("field.validated", "common.rfc4180-excel-sv", "validation.must-be-year-municipality-gender-value");

    private static final Map<String, String> ENGLISH = ProblemLocalisation.load(ProblemLocalisation.ENGLISH_BUNDLE);
    private static final Map<String, String> SWEDISH = ProblemLocalisation.load(ProblemLocalisation.SWEDISH_BUNDLE);
    private static final Map<String, String> VALIDATION_ENGLISH =
            ProblemLocalisation.load("ValidationMessages.properties");
    private static final Map<String, String> VALIDATION_SWEDISH =
            ProblemLocalisation.load("ValidationMessages_sv.properties");

    @Test
    void bothLanguagesHaveEveryKey() {
        assertEquals(new TreeSet<>(ENGLISH.keySet()), new TreeSet<>(SWEDISH.keySet()), "problems(_sv).properties");
        assertEquals(
                new TreeSet<>(VALIDATION_ENGLISH.keySet()),
                new TreeSet<>(VALIDATION_SWEDISH.keySet()),
                "ValidationMessages(_sv).properties");
    }

    @Test
    void bothLanguagesHaveTheSamePlaceholders() {
        List<String> wrong = new ArrayList<>();
        ENGLISH.forEach((key, english) -> {
            String swedish = SWEDISH.getOrDefault(key, "");
            if (!placeholders(english, "\\{\\d+\\}").equals(placeholders(swedish, "\\{\\d+\\}"))) {
                wrong.add(key);
            }
        });
        VALIDATION_ENGLISH.forEach((key, english) -> {
            String swedish = VALIDATION_SWEDISH.getOrDefault(key, "");
            if (!placeholders(english, "\\{[a-z]+\\}").equals(placeholders(swedish, "\\{[a-z]+\\}"))) {
                wrong.add(key);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void swedishIsSwedish() {
        List<String> untranslated = new ArrayList<>();
        ENGLISH.forEach((key, english) -> {
            if (english.equals(SWEDISH.get(key)) && !SAME_IN_BOTH.contains(key)) {
                untranslated.add(key);
            }
        });
        VALIDATION_ENGLISH.forEach((key, english) -> {
            if (english.equals(VALIDATION_SWEDISH.get(key)) && !SAME_IN_BOTH.contains(key)) {
                untranslated.add(key);
            }
        });
        assertEquals(List.of(), untranslated);
    }

    @Test
    void problemTextsAreMessageFormatPatterns() {
        List<String> wrong = new ArrayList<>();
        for (Map<String, String> bundle : List.of(ENGLISH, SWEDISH)) {
            bundle.forEach((key, pattern) -> {
                // A single quote starts a quoted section in MessageFormat and vanishes: write it twice.
                boolean loneQuote = pattern.replace("''", "").contains("'");
                try {
                    new MessageFormat(pattern);
                } catch (IllegalArgumentException e) {
                    wrong.add(key + ": " + e.getMessage());
                }
                if (loneQuote) {
                    wrong.add(key + ": lone quote");
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyKeyTheCodeNamesHasALine() throws IOException {
        List<String> missing = new ArrayList<>();
        Pattern problemKey = Pattern.compile(
                "\\btext\\(\\s*\"([^\"]+)\"|\"([a-z0-9-]+\\.not-found|field\\.[a-z0-9-]+)\"|new Guard\\(\\s*\"[^\"]+\",\\s*\"([^\"]+)\"");
        Pattern validationKey = Pattern.compile("\"\\{(validation\\.[^}\"]+)\\}\"");
        int problemKeys = 0;
        int validationKeys = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = problemKey.matcher(source);
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    problemKeys++;
                    if (!ENGLISH.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
                Matcher v = validationKey.matcher(source);
                while (v.find()) {
                    validationKeys++;
                    if (!VALIDATION_ENGLISH.containsKey(v.group(1))) {
                        missing.add(file.getFileName() + ": " + v.group(1));
                    }
                }
            }
        }
        for (ProblemType type : ProblemType.values()) {
            if (!type.englishTitle().equals(ENGLISH.get(type.title().key()))) {
                missing.add(type + ": " + type.title().key());
            }
        }
        assertTrue(problemKeys > 300 && validationKeys > 400, problemKeys + " / " + validationKeys);
        assertEquals(List.of(), missing);
    }

    private static Set<String> placeholders(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
