package se.samverkan.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, String> {

    public List<Municipality> listByCode(String countyCode) {
        return countyCode == null ? listAll(Sort.by("code")) : list("countyCode", Sort.by("code"), countyCode);
    }
}
