package se.samverkan.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkan.common.json.InputRules;
import se.samverkan.common.problem.Text;

class ParameterGuardTest {

    @Test
    void controlCharactersAreRefusedInAnyParameter() {
        assertEquals(
                Text.text(InputRules.CONTROL_CHARACTER_MESSAGE), ParameterGuard.problemWith("a\u0000b", String.class));
        assertEquals(Text.text(InputRules.CONTROL_CHARACTER_MESSAGE), ParameterGuard.problemWith("\u001b", null));
        assertNull(ParameterGuard.problemWith("Västerås 100% _x_", String.class));
    }

    @Test
    void numbersMustParseAndFitTheirType() {
        assertNull(ParameterGuard.problemWith("0", int.class));
        assertNull(ParameterGuard.problemWith("2147483647", Integer.class));
        assertNull(ParameterGuard.problemWith("-1", int.class), "the range is Bean Validation's to judge");
        for (String bad : new String[] {
            "abc", "2147483648", "1.5", "", " 1", "99999999999999999999", "-", "+1", "--1", "1-", "\u0663"
        }) {
            assertEquals(ParameterGuard.WHOLE_NUMBER_MESSAGE, ParameterGuard.problemWith(bad, int.class), bad);
        }
        assertNull(ParameterGuard.problemWith("9223372036854775807", long.class));
        assertEquals(
                ParameterGuard.WHOLE_NUMBER_MESSAGE, ParameterGuard.problemWith("9223372036854775808", Long.class));
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertNull(ParameterGuard.problemWith("true", boolean.class));
        assertNull(ParameterGuard.problemWith("FALSE", Boolean.class));
        assertEquals(ParameterGuard.BOOLEAN_MESSAGE, ParameterGuard.problemWith("maybe", boolean.class));
        assertEquals(ParameterGuard.BOOLEAN_MESSAGE, ParameterGuard.problemWith("1", Boolean.class));
    }

    enum Colour {
        RED,
        GREEN
    }

    @Test
    void enumsAreOneOfTheirConstantsExactly() {
        assertNull(ParameterGuard.problemWith("GREEN", Colour.class));
        for (String bad : new String[] {"green", "BLUE", "", "RED "}) {
            assertEquals(
                    "must be one of [RED, GREEN]",
                    se.samverkan.common.problem.ProblemLocalisationProbe.english(
                            ParameterGuard.problemWith(bad, Colour.class)),
                    bad);
        }
    }

    @Test
    void datesAreIsoAndBetween1900And2200() {
        assertNull(ParameterGuard.problemWith("2024-02-29", LocalDate.class));
        for (String bad : new String[] {"2023-02-29", "16 mars 2018", "20240316", "2024-3-16"}) {
            assertEquals(Text.text(InputRules.DATE_MESSAGE), ParameterGuard.problemWith(bad, LocalDate.class), bad);
        }
        assertEquals(
                Text.text(InputRules.DATE_RANGE_MESSAGE), ParameterGuard.problemWith("1899-12-31", LocalDate.class));
        assertEquals(
                Text.text(InputRules.DATE_RANGE_MESSAGE), ParameterGuard.problemWith("2201-01-01", LocalDate.class));
    }

    @Test
    void offsetsAreComputedInLong() {
        assertEquals(1_000_000L, Paging.offset(Paging.MAX_PAGE, Paging.MAX_SIZE));
        assertEquals(214_748_364_700L, Paging.offset(Integer.MAX_VALUE, 100));
    }
}
