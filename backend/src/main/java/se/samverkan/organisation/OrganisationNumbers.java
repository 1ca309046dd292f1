package se.samverkan.organisation;

/** Swedish organisation numbers: format, normal form and the Luhn check digit. */
public final class OrganisationNumbers {

    private OrganisationNumbers() {}

    public static boolean isValid(String value) {
        String digits = normalise(value);
        return digits.matches("[0-9]{10}") && value.trim().matches("[0-9]{6}-?[0-9]{4}") && luhn(digits);
    }

    /** Strips the dash: organisation numbers are stored as ten digits. */
    public static String normalise(String value) {
        return value == null ? null : value.trim().replace("-", "");
    }

    /** Luhn (mod 10) over all ten digits, doubling every other digit from the first. */
    public static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
