package se.samverkan.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of every mail and in-app notification, Swedish and English, from
 * {@code notifications/texts_<locale>.properties}; {@code {name}} is replaced by the event's facts.
 */
public final class MailTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private MailTexts() {}

    public static String locale(String locale) {
        return "en".equals(locale) ? "en" : "sv";
    }

    public static String text(String locale, String key, Map<String, String> params) {
        String template = bundle(locale(locale)).getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no text " + key + " for " + locale);
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = params.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public static String text(String locale, String key) {
        return text(locale, key, Map.of());
    }

    private static Properties bundle(String locale) {
        return BUNDLES.computeIfAbsent(locale, l -> {
            Properties properties = new Properties();
            try (InputStream in = MailTexts.class.getResourceAsStream("/notifications/texts_" + l + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        });
    }
}
