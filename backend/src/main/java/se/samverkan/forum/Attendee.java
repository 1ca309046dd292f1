package se.samverkan.forum;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import se.samverkan.organisation.Organisation;

/** Someone present at a meeting: an organisation, a named person, or a person for an organisation. */
@Embeddable
public class Attendee {

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    public String name;

    public String title;

    public Attendee() {}

    public Attendee(Organisation organisation, String name, String title) {
        this.organisation = organisation;
        this.name = name;
        this.title = title;
    }
}
