package se.samverkan.common.problem;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one shape of "find it, or 404; then let the feature's policy decide": what a caller may not see is not found,
 * what they see but may not change is refused by the policy's assertion.
 */
public final class Found {

    private Found() {}

    /** The value found, once {@code check} (a policy's assertion) let it through; 404 with {@code notFound} if none. */
    public static <T> T checked(Optional<T> found, Text notFound, Consumer<? super T> check) {
        return checked(found.orElseThrow(() -> ProblemException.notFound(notFound)), check);
    }

    /** The value, once {@code check} (a policy's assertion) let it through. */
    public static <T> T checked(T value, Consumer<? super T> check) {
        check.accept(value);
        return value;
    }
}
