package se.samverkan.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/** A point on a meeting's agenda, with its minutes and decisions. */
@Entity
public class AgendaItem extends AgendaPoint {

    @ManyToOne(fetch = FetchType.LAZY)
    public Meeting meeting;

    public String presenter;

    /** The minutes of this point; internal until the meeting's minutes are published. */
    public String minutes;

    @OneToMany(mappedBy = "agendaItem")
    @OrderBy("position")
    public List<Decision> decisions = new ArrayList<>();
}
