package se.samverkan.agreement;

import java.util.Comparator;

/** Goal area numbers ("3", "3.2", "3.10") in the order a document has them. */
public final class GoalAreaNumbers {

    /** What a goal area number may be: up to four levels of up to four digits ("3", "3.2", "12.1.4"). */
    public static final String PATTERN = "[0-9]{1,4}(\\.[0-9]{1,4}){0,3}";

    /**
     * Document order: 3.2 before 3.10. Compares the digits as text (shorter is smaller once leading zeros are gone),
     * so that no stored number, however long, can make a list unreadable.
     */
    public static final Comparator<String> DOCUMENT_ORDER = (a, b) -> {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = compareDigits(left[i], right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        int compared = Integer.compare(left.length, right.length);
        return compared != 0 ? compared : a.compareTo(b);
    };

    private static int compareDigits(String left, String right) {
        String a = left.replaceFirst("^0+(?=.)", "");
        String b = right.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private GoalAreaNumbers() {}
}
