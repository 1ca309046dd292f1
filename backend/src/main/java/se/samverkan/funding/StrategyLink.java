package se.samverkan.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** A strategy of a goal area, by its position: a renamed strategy stays linked. */
@Embeddable
public class StrategyLink {

    public UUID goalAreaId;

    @Column(name = "strategy_position")
    public int position;

    public StrategyLink() {}

    public StrategyLink(UUID goalAreaId, int position) {
        this.goalAreaId = goalAreaId;
        this.position = position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StrategyLink link && link.goalAreaId.equals(goalAreaId) && link.position == position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(goalAreaId, position);
    }
}
