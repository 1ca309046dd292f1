package se.samverkan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.grant.Federations;
import se.samverkan.grant.Grant;
import se.samverkan.grant.GrantKind;
import se.samverkan.grant.GrantRepository;
import se.samverkan.grant.SubjectType;
import se.samverkan.history.ChangeRecorder;

/**
 * Federation membership (external data, marked as such) and the grants of the demo users in realm/samverkan-realm.json.
 * The grants are demo configuration, not facts from the seeds; each is recorded in the grant audit as granted by the
 * demo data.
 */
@ApplicationScoped
class DemoGrants {

    record DemoFederation(String federationKey, List<String> municipalityCodes, DemoProvenance provenance) {}

    /** The ten municipalities of Västmanland, parties of its RÖK together with Arbetsförmedlingen Norra Mälardalen. */
    static final List<String> VASTMANLAND =
            List.of("1904", "1907", "1960", "1961", "1962", "1980", "1981", "1982", "1983", "1984");

    @Inject
    Federations federations;

    @Inject
    GrantRepository grants;

    @Inject
    DemoWrites writes;

    @Inject
    DemoJson json;

    void load() {
        for (DemoFederation f : json.read("demo/federations.json", new TypeReference<List<DemoFederation>>() {})) {
            var p = f.provenance().toEntity();
            for (String code : f.municipalityCodes()) {
                federations.record(
                        DemoDataLoader.organisationId(f.federationKey()), code, p.kind.name(), p.source, p.note);
            }
        }
        grant("coordinator.gr", SubjectType.USER, GrantKind.FEDERATION_COORDINATOR, g -> {
            g.organisationId = DemoDataLoader.organisationId("goteborgsregionen");
            g.countyCode = "14";
            g.scopeKey = "organisation:" + g.organisationId;
        });
        grant("lokauthor.arbetsformedlingen", SubjectType.USER, GrantKind.LOK_AUTHOR, g -> {
            g.organisationId = DemoDataLoader.organisationId("arbetsformedlingen");
            g.countyCode = "19";
            g.municipalities.addAll(VASTMANLAND);
            g.scopeKey = "organisation:" + g.organisationId;
        });
        grant("coordinator.vasterbotten", SubjectType.USER, GrantKind.COUNTY_COORDINATOR, g -> {
            g.countyCode = "24";
            g.scopeKey = "county:24";
        });
        grant("statistics-integration", SubjectType.SERVICE_ACCOUNT, GrantKind.STATISTICS_PROVIDER, g -> {
            g.countyCode = "19";
            g.indicators.addAll(Set.of(
                    DemoDataLoader.indicatorId("vastmanland-rup-arbete-inom-tva-ar"),
                    DemoDataLoader.indicatorId("vastmanland-rup-foretagsetableringar")));
            g.scopeKey = "indicators:19";
        });
        grant("reader.national", SubjectType.USER, GrantKind.NATIONAL_READER, g -> g.scopeKey = "national");
    }

    private void grant(String subject, SubjectType type, GrantKind kind, java.util.function.Consumer<Grant> scope) {
        UUID id = UUID.nameUUIDFromBytes(
                ("samverkan:demo:grant:" + kind + ":" + subject).getBytes(StandardCharsets.UTF_8));
        if (grants.findById(id) != null) {
            return;
        }
        Grant g = new Grant();
        g.id = id;
        g.kind = kind;
        g.subjectType = type;
        g.subject = subject;
        scope.accept(g);
        g.grantedAt = writes.now();
        g.grantedBy = DemoDataLoader.ACTOR;
        writes.persist(g);
        writes.created(
                new ChangeRecorder.Subject("grant", g.id, "grant", g.id),
                "Granted " + kind + " to " + subject + " (demo data)",
                Map.of("kind", kind.name(), "subject", subject));
    }
}
