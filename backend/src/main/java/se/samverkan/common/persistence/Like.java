package se.samverkan.common.persistence;

import java.util.Locale;

/**
 * Text search with LIKE: the caller's % and _ are literal characters, not wildcards. Queries using it must say
 * {@code like :param escape '\'}.
 */
public final class Like {

    private Like() {}

    /** A lower-case pattern matching the text anywhere. */
    public static String containing(String text) {
        return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
