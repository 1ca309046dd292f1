package se.samverkan.followup;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The value an indicator should reach in one year. */
@Embeddable
public class IndicatorTarget {

    public int year;

    public BigDecimal value;

    protected IndicatorTarget() {}

    public IndicatorTarget(int year, BigDecimal value) {
        this.year = year;
        this.value = value;
    }
}
