package se.samverkan.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One measured value: indicator, year, municipality (null when county-wide) and gender. Written in bulk. */
@Entity
public class IndicatorValue {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Indicator indicator;

    public int year;

    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public BigDecimal value;

    public boolean sample;

    public Instant recordedAt;

    public String recordedBy;
}
