package se.samverkan.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A Swedish municipality (kommun), identified by its official four-digit code. */
@Entity
public class Municipality {

    @Id
    public String code;

    public String name;

    public String countyCode;
}
