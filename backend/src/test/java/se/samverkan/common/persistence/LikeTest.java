package se.samverkan.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeAreLiteral() {
        assertEquals("%100\\%%", Like.containing("100%"));
        assertEquals("%a\\_b%", Like.containing(" A_B "));
        assertEquals("%c:\\\\temp%", Like.containing("C:\\temp"));
        assertEquals("%västerås%", Like.containing("Västerås"));
    }
}
