package se.samverkan.agreement;

import jakarta.persistence.Embeddable;

/** A person who signed for a party, with the title as printed ("Kommunstyrelsens ordförande"). */
@Embeddable
public class Signatory {

    public String name;

    public String title;

    public Signatory() {}

    public Signatory(String name, String title) {
        this.name = name;
        this.title = title;
    }
}
