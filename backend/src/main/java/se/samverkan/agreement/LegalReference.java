package se.samverkan.agreement;

import jakarta.persistence.Embeddable;

/** A statute in Svensk författningssamling, e.g. 2010:197. */
@Embeddable
public class LegalReference {

    public String sfsNumber;

    public String title;

    public LegalReference() {}

    public LegalReference(String sfsNumber, String title) {
        this.sfsNumber = sfsNumber;
        this.title = title;
    }
}
