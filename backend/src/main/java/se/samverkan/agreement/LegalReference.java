package se.samverkan.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A statute in Svensk författningssamling, e.g. 2010:197. */
@Embeddable
public class LegalReference {

    @Column(name = "sfs_number")
    public String sfsNumber;

    public String title;

    public LegalReference() {}

    public LegalReference(String sfsNumber, String title) {
        this.sfsNumber = sfsNumber;
        this.title = title;
    }
}
