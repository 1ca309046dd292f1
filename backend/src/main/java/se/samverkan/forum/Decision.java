package se.samverkan.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.AuditedEntity;

/** "Beslutade rådet att …": a decision under an agenda item, its outcome and what it decides. */
@Entity
public class Decision extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    public AgendaItem agendaItem;

    public int position;

    public String text;

    @Enumerated(EnumType.STRING)
    public DecisionOutcome outcome;

    @Enumerated(EnumType.STRING)
    public DecisionSubject subject;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY)
    public GoalArea goalArea;

    /** The year of a yearly priority. */
    public Integer year;

    /** What the decision changed (a priority decided, an agreement adopted …), in the order recorded. */
    @jakarta.persistence.OneToMany(mappedBy = "decision")
    @jakarta.persistence.OrderBy("position")
    public java.util.List<DecisionEffect> effects = new java.util.ArrayList<>();

    /** Diarienummer: the case in the register of the forum's convener. */
    @jakarta.persistence.Column(name = "case_number")
    public String caseNumber;
}
