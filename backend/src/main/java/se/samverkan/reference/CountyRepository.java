package se.samverkan.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CountyRepository implements PanacheRepositoryBase<County, String> {

    public List<County> listByCode() {
        return listAll(Sort.by("code"));
    }
}
