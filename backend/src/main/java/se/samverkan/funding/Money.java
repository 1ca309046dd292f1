package se.samverkan.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Kronor with öre, exact: BigDecimal with scale 2, sent as JSON strings ("250000.00") so that no client reads them
 * as binary floating point.
 */
public final class Money {

    /** Up to 999 999 999 999.99 kronor, at most two decimals: what numeric(14,2) holds. */
    public static final String PATTERN = "[0-9]{1,12}(\\.[0-9]{1,2})?";

    public static final String MESSAGE = "{validation.amount}";

    public static final String DESCRIPTION =
            "SEK as a decimal string with two decimals (öre), never a binary floating-point number";

    private Money() {}

    /** Null for null; the pattern was checked by Bean Validation. */
    public static BigDecimal parse(String amount) {
        return amount == null ? null : new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static String format(BigDecimal amount) {
        return amount == null
                ? null
                : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Zero for a sum of nothing. */
    public static String total(BigDecimal amount) {
        return format(amount == null ? BigDecimal.ZERO : amount);
    }
}
