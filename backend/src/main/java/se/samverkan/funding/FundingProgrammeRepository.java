package se.samverkan.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FundingProgrammeRepository implements PanacheRepositoryBase<FundingProgramme, UUID> {

    public List<FundingProgramme> ordered() {
        return list("order by kind, name");
    }

    public boolean nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except) > 0;
    }
}
