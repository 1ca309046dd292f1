package se.samverkan.reference.bench;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One row of the API's own reference table, read through the same ORM. */
@Entity
public class County extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
