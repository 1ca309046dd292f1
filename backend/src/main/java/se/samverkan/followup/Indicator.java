package se.samverkan.followup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.AuditedEntity;

/** A measure an agreement is followed up with, optionally tied to one goal area. */
@Entity
public class Indicator extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    /** Null for an indicator of the whole agreement. */
    @ManyToOne(fetch = FetchType.LAZY)
    public GoalArea goalArea;

    public String name;

    public String description;

    public String unit;

    @Enumerated(EnumType.STRING)
    public IndicatorDirection direction;

    @Enumerated(EnumType.STRING)
    public IndicatorScope scope;

    public boolean genderBreakdown;

    @Enumerated(EnumType.STRING)
    public IndicatorSource source;

    public String koladaKpi;

    public Integer baselineYear;

    public BigDecimal baselineValue;

    /** Made-up demonstration data, never statistics. */
    public boolean sample;

    @ElementCollection
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("year")
    public List<IndicatorTarget> targets = new ArrayList<>();

    public Optional<BigDecimal> targetFor(int year) {
        return targets.stream().filter(t -> t.year == year).map(t -> t.value).findFirst();
    }

    /** Whether a value reaches the target, given the direction; empty when there is no target for the year. */
    public Optional<Boolean> meetsTarget(int year, BigDecimal value) {
        return targetFor(year)
                .map(target -> direction == IndicatorDirection.HIGHER_IS_BETTER
                        ? value.compareTo(target) >= 0
                        : value.compareTo(target) <= 0);
    }
}
