package se.samverkan.followup;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.organisation.Organisation;

/** One responsible organisation's assessment of one goal area in a round: its task. */
@Entity
public class Assessment extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public FollowUpRound round;

    @ManyToOne(fetch = FetchType.LAZY)
    public GoalArea goalArea;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    public AssessmentState state;

    @Enumerated(EnumType.STRING)
    public GoalStatus status;

    /** Läget: the situation in the party's words. */
    public String situation;

    /** Why the coordinator returned it; kept until it is submitted again. */
    public String returnComment;

    public Instant submittedAt;

    public String submittedBy;

    public Instant reviewedAt;

    public String reviewedBy;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Activity> activities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_indicator_value", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    public List<ReportedValue> indicatorValues = new ArrayList<>();

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
