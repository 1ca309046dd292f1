package se.samverkan.demo;

import static se.samverkan.demo.DemoDataLoader.organisationId;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.organisation.OrganisationType;
import se.samverkan.reference.CountyRepository;
import se.samverkan.reference.MunicipalityRepository;

/** The parties of the seed documents (demo/organisations.json). */
@ApplicationScoped
class DemoOrganisations {

    private static final Logger LOG = Logger.getLogger(DemoOrganisations.class);

    @Inject
    DemoJson json;

    @Inject
    DemoWrites writes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    MunicipalityRepository municipalities;

    record DemoOrganisation(
            String key,
            String name,
            OrganisationType type,
            String organisationNumber,
            String countyCode,
            String municipalityCode,
            String parentKey,
            String website,
            String mandate) {}

    void load() {
        int added = 0;
        for (DemoOrganisation demo :
                json.read("demo/organisations.json", new TypeReference<List<DemoOrganisation>>() {})) {
            UUID id = organisationId(demo.key());
            if (organisations.findById(id) != null) {
                continue;
            }
            Organisation organisation = new Organisation();
            organisation.id = id;
            organisation.name = demo.name();
            organisation.type = demo.type();
            organisation.organisationNumber = demo.organisationNumber();
            organisation.county = demo.countyCode() == null ? null : counties.findById(demo.countyCode());
            organisation.municipality =
                    demo.municipalityCode() == null ? null : municipalities.findById(demo.municipalityCode());
            organisation.parent =
                    demo.parentKey() == null ? null : organisations.findById(organisationId(demo.parentKey()));
            organisation.website = demo.website();
            organisation.mandate = demo.mandate();
            writes.persist(organisation);
            added++;
        }
        organisations.flush();
        LOG.infof("Demo data: %d organisations added", added);
    }
}
