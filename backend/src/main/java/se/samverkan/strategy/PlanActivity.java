package se.samverkan.strategy;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.common.time.Clocks;
import se.samverkan.organisation.Organisation;

/** An activity of an action plan: towards a goal area or an area of action, owned by one organisation. */
@Entity
public class PlanActivity extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY)
    public GoalArea goalArea;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    public StrategyArea area;

    public String title;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    public Organisation owner;

    @ManyToMany
    @JoinTable(
            name = "plan_activity_partner",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    public List<Organisation> partners = new ArrayList<>();

    public LocalDate startsOn;

    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status = ActivityStatus.PLANNED;

    /** The follow-up indicator it moves, when named (an indicator of the same agreement). */
    public UUID indicatorId;

    /** The registered project that carries or funds it, when named. */
    public UUID projectId;

    @Embedded
    public Provenance provenance;

    /** Overdue: still open after its due date, in Swedish time. */
    public boolean overdue(Clock clock) {
        return isOverdue(status, dueOn, Clocks.today(clock));
    }

    static boolean isOverdue(ActivityStatus status, LocalDate dueOn, LocalDate today) {
        return ActivityStatus.OPEN.contains(status) && dueOn != null && dueOn.isBefore(today);
    }
}
