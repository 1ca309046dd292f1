package se.samverkan.strategy;

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
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.forum.Forum;
import se.samverkan.organisation.Organisation;

/** A phase of an agreement's process map (Förankring, Övergripande strategi, Lansering …). */
@Entity
public class StrategyPhase extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    public int position;

    public String name;

    public String description;

    public String goal;

    public LocalDate plannedStart;

    public LocalDate plannedEnd;

    public LocalDate actualStart;

    public LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    public PhaseStatus status = PhaseStatus.NOT_STARTED;

    /** The meeting decision that completed the phase; null when its managers marked it done directly. */
    public UUID completionDecisionId;

    /** Who carries the phase: a forum, or an organisation, or nobody named. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Forum ownerForum;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation ownerOrganisation;

    @ElementCollection
    @CollectionTable(name = "strategy_phase_checkpoint", joinColumns = @JoinColumn(name = "phase_id"))
    @OrderColumn(name = "position")
    public List<Checkpoint> checkpoints = new ArrayList<>();

    @Embedded
    public Provenance provenance;
}
