package se.samverkan.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.organisation.Organisation;

/** Insats: something done towards the goal, by whom, with what result and which money (§37, ESF, AMIF …). */
@Entity
@Table(name = "assessment_activity")
public class Activity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Assessment assessment;

    public int position;

    public String title;

    public String description;

    public String result;

    public String fundingSource;

    /** The registered project the activity comes from (funding), instead of or besides the free text. */
    public UUID projectId;

    /** The action plan's activity it was taken from, instead of typed again; null when typed. */
    public UUID planActivityId;

    @ManyToMany
    @JoinTable(
            name = "assessment_activity_organisation",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    public List<Organisation> organisations = new ArrayList<>();
}
