package se.samverkan.common.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Serves problem details in the caller's language (Accept-Language: sv or en; English by default).
 * Messages are written in English where the rule lives; i18n/problems_sv.properties translates them, keyed by the
 * English template with {} for the variable parts. A message without a translation stays English.
 */
public class ProblemLocalisation {

    private static final List<Translation> SWEDISH = load("i18n/problems_sv.properties");

    record Translation(Pattern english, String swedish) {}

    @ServerResponseFilter
    public void localise(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && prefersSwedish(request)) {
            response.setEntity(translate(problem), null, response.getMediaType());
        }
    }

    static Problem translate(Problem problem) {
        List<Problem.FieldViolation> errors = problem.errors() == null
                ? null
                : problem.errors().stream()
                        .map(e -> new Problem.FieldViolation(e.field(), translate(e.message())))
                        .toList();
        return new Problem(
                problem.type(),
                translate(problem.title()),
                problem.status(),
                translate(problem.detail()),
                problem.instance(),
                problem.rule(),
                errors);
    }

    static String translate(String english) {
        if (english == null) {
            return null;
        }
        for (Translation translation : SWEDISH) {
            Matcher matcher = translation.english().matcher(english);
            if (matcher.matches()) {
                String swedish = translation.swedish();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    swedish = swedish.replaceFirst("\\{}", Matcher.quoteReplacement(matcher.group(group)));
                }
                return swedish;
            }
        }
        return english;
    }

    private static boolean prefersSwedish(ContainerRequestContext request) {
        for (Locale locale : request.getAcceptableLanguages()) {
            String language = locale.getLanguage();
            if ("sv".equals(language)) {
                return true;
            }
            if ("en".equals(language)) {
                return false;
            }
        }
        return false;
    }

    private static List<Translation> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemLocalisation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Translation> translations = new ArrayList<>();
        // Longer templates first, so a specific message wins over a general one.
        properties.stringPropertyNames().stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .forEach(key -> translations.add(new Translation(toPattern(key), properties.getProperty(key))));
        return translations;
    }

    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        String[] literals = template.split("\\{}", -1);
        for (int i = 0; i < literals.length; i++) {
            regex.append(Pattern.quote(literals[i]));
            if (i < literals.length - 1) {
                regex.append("(.+?)");
            }
        }
        return Pattern.compile(regex.toString());
    }
}
