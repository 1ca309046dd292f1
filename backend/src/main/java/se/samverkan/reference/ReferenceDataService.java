package se.samverkan.reference;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.samverkan.common.problem.ProblemException;

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
        if (countyCode != null && counties.findById(countyCode) == null) {
            throw ProblemException.invalid("county", text("common.no-county-code", countyCode));
        }
        return municipalities.listByCode(countyCode).stream()
                .map(MunicipalityDto::from)
                .toList();
    }
}
