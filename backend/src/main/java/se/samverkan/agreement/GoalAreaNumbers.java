package se.samverkan.agreement;

import java.util.Comparator;

/** Goal area numbers ("3", "3.2", "3.10") in the order a document has them. */
public final class GoalAreaNumbers {

    /** Document order: 3.2 before 3.10. */
    public static final Comparator<String> DOCUMENT_ORDER = (a, b) -> {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = Long.compare(Long.parseLong(left[i]), Long.parseLong(right[i]));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    };

    private GoalAreaNumbers() {
    }
}
