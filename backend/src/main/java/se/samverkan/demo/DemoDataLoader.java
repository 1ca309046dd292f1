package se.samverkan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.organisation.OrganisationType;
import se.samverkan.reference.CountyRepository;
import se.samverkan.reference.MunicipalityRepository;
import se.samverkan.reference.ReferenceDataLoader;

/**
 * Loads the demo parties of the three seed counties (demo/organisations.json) when
 * {@code samverkan.demo-data.enabled} is set: by {@code make run} and the tests, never by a migration.
 * Rows that exist are left alone, so edits made in a demo survive a restart.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String ACTOR = "demo-data";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @ConfigProperty(name = "samverkan.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    ObjectMapper json;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    MunicipalityRepository municipalities;

    record DemoOrganisation(String key, String name, OrganisationType type, String organisationNumber,
                            String countyCode, String municipalityCode, String parentKey, String website, String mandate) {
    }

    /** The stable id of a demo organisation, so other demo data and tests can refer to it by key. */
    public static UUID organisationId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:organisation:" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    void load(@Observes @Priority(ReferenceDataLoader.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (!enabled) {
            return;
        }
        int added = 0;
        for (DemoOrganisation demo : read("demo/organisations.json", new TypeReference<List<DemoOrganisation>>() { })) {
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
            organisation.municipality = demo.municipalityCode() == null ? null : municipalities.findById(demo.municipalityCode());
            organisation.parent = demo.parentKey() == null ? null : organisations.findById(organisationId(demo.parentKey()));
            organisation.website = demo.website();
            organisation.mandate = demo.mandate();
            organisation.stampCreated(ACTOR);
            organisations.persist(organisation);
            added++;
        }
        organisations.flush();
        LOG.infof("Demo data: %d organisations added", added);
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
