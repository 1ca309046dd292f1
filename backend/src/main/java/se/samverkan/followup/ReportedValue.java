package se.samverkan.followup;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.UUID;

/** An indicator value for the round's year as a party reported it; it becomes an indicator value on acceptance. */
@Embeddable
public class ReportedValue {

    public UUID indicatorId;

    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public BigDecimal value;

    protected ReportedValue() {}

    public ReportedValue(UUID indicatorId, String municipalityCode, Gender gender, BigDecimal value) {
        this.indicatorId = indicatorId;
        this.municipalityCode = municipalityCode;
        this.gender = gender;
        this.value = value;
    }
}
