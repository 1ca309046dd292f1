package se.samverkan.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalAreaNumbersTest {

    @Test
    void documentOrder() {
        List<String> numbers = new ArrayList<>(List.of("3.10", "10", "3", "3.2", "1", "03.1"));
        numbers.sort(GoalAreaNumbers.DOCUMENT_ORDER);
        assertEquals(List.of("1", "3", "03.1", "3.2", "3.10", "10"), numbers);
    }

    @Test
    void anyDigitsCompareWithoutOverflow() {
        // Stored before the bound existed: must still sort, never throw.
        List<String> numbers = new ArrayList<>(List.of("12345678901234567890", "2", "99999999999999999999.1"));
        numbers.sort(GoalAreaNumbers.DOCUMENT_ORDER);
        assertEquals(List.of("2", "12345678901234567890", "99999999999999999999.1"), numbers);
    }

    @Test
    void theInputPatternBoundsEachLevel() {
        for (String ok : List.of("1", "3.2", "12.1.4", "9999.9999.9999.9999")) {
            assertTrue(ok.matches(GoalAreaNumbers.PATTERN), ok);
        }
        for (String bad : List.of("12345678901234567890", "12345", "1.2.3.4.5", "1.", ".1", "a")) {
            assertFalse(bad.matches(GoalAreaNumbers.PATTERN), bad);
        }
    }
}
