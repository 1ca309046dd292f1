package se.samverkan.common.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.ProblemType;

class EntityTagsTest {

    private static ProblemType refusal(String ifMatch) {
        return assertThrows(ProblemException.class, () -> EntityTags.requireMatch(ifMatch, 3))
                .type();
    }

    @Test
    void theCurrentVersionMatches() {
        assertDoesNotThrow(() -> EntityTags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> EntityTags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> EntityTags.requireMatch("\"2\", \"3\"", 3));
    }

    @Test
    void aStarIsNoVersion() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal("*"));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal(" * "));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal("*, *"));
        assertEquals(
                ProblemType.PRECONDITION_FAILED, refusal("*, \"2\""), "a star next to a stale version does not help");
    }

    @Test
    void missingIsRequiredAndStaleFails() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal(null));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal(" "));
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal("\"2\""));
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal("\"abc\""));
    }
}
