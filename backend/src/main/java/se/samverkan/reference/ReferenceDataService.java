package se.samverkan.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
public class ReferenceDataService {

    @Inject
    CountyRepository counties;

    @Inject
    MunicipalityRepository municipalities;

    public List<CountyDto> listCounties() {
        return counties.listByCode().stream().map(CountyDto::from).toList();
    }

    public List<MunicipalityDto> listMunicipalities(String countyCode) {
        counties.requireKnown(countyCode, "county");
        return municipalities.listByCode(countyCode).stream()
                .map(MunicipalityDto::from)
                .toList();
    }
}
