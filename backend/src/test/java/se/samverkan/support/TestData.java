package se.samverkan.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Inputs for tests that create things: unique, valid, and easy to vary one field at a time. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestData() {}

    /** A random organisation number with a correct Luhn check digit (test numbers start with 99, unused in Sweden). */
    public static String organisationNumber() {
        StringBuilder digits = new StringBuilder("99");
        while (digits.length() < 9) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            String candidate = digits.toString() + check;
            if (se.samverkan.organisation.OrganisationNumbers.luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A valid civil-society organisation in Västmanland (county 19). */
    public static Map<String, Object> organisation() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Testföreningen " + SEQUENCE.incrementAndGet() + " " + System.nanoTime());
        body.put("type", "CIVIL_SOCIETY");
        body.put("organisationNumber", organisationNumber());
        body.put("countyCode", "19");
        body.put("website", "https://example.se");
        body.put("mandate", "Stödjer nyanlända med språkcafé.");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    public static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(key);
        return copy;
    }
}
