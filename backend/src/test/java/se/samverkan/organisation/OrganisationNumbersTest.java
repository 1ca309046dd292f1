package se.samverkan.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021002114", "212000-2080", "202100-5521", "2321000172"})
    void acceptsRealNumbers(String number) {
        assertTrue(OrganisationNumbers.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2021002115",
                "5560000000",
                "212000-208",
                "21200020800",
                "2120-002080",
                "abcdefghij",
                "",
                "212000 2080"
            })
    void rejectsWrongCheckDigitOrFormat(String number) {
        assertFalse(OrganisationNumbers.isValid(number));
    }

    @Test
    void normalisesToTenDigits() {
        assertEquals("2120002080", OrganisationNumbers.normalise(" 212000-2080 "));
    }
}
