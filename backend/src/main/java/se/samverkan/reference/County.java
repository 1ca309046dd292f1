package se.samverkan.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A Swedish county (län), identified by its official two-digit code. */
@Entity
public class County {

    @Id
    public String code;

    public String name;
}
