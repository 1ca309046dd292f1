package se.samverkan.organisation;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.http.KeptJson;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.reference.County;
import se.samverkan.reference.CountyRepository;
import se.samverkan.reference.Municipality;
import se.samverkan.reference.MunicipalityRepository;

/** Organisation use cases: the rules, transactions and authorization around the repository. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    OrganisationPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    AuditedChanges changes;

    @Inject
    ChangeRecorder history;

    /** History subject of an organisation. */
    public static final String SUBJECT = "ORGANISATION";

    private static final Audit<Organisation> AUDIT =
            new Audit<>(o -> new ChangeRecorder.Subject(SUBJECT, o.id, SUBJECT, o.id), OrganisationMapper::snapshot);

    /** A page of summaries in two statements, the count and the page (built by {@link #listJson}). */
    @ReadOnly
    @Transactional
    OrganisationPage list(
            OrganisationRepository.Filter filter, OrganisationRepository.SortOrder sort, int page, int size) {
        long total = organisations.count(filter);
        return new OrganisationPage(organisations.search(filter, sort, page, size), total, page, size);
    }

    /** What a page of the list depends on: its query alone (the list is the same for every caller). */
    private record PageKey(
            OrganisationRepository.Filter filter, OrganisationRepository.SortOrder sort, int page, int size) {}

    /**
     * {@link #list} with its JSON, kept while nothing it shows changes (KeptJson), for every caller: a repeated page
     * costs one statement and no serialising (issue 20).
     */
    public KeptJson.Json<OrganisationPage> listJson(
            OrganisationRepository.Filter filter, OrganisationRepository.SortOrder sort, int page, int size) {
        counties.requireKnown(filter.countyCode(), "county");
        return kept.get(new PageKey(filter, sort, page, size), kept.version(), () -> list(filter, sort, page, size));
    }

    @ReadOnly
    @Transactional
    public OrganisationDetails get(UUID id) {
        return details(find(id));
    }

    @Inject
    KeptJson kept;

    /** What the public's kept view of an organisation depends on besides the data: the organisation. */
    private record PublicOrganisationKey(UUID id) {}

    /**
     * {@link #get} with its JSON. The public's view, the same for every anonymous reader, is kept while nothing it shows
     * changes (KeptJson); a signed-in caller's (permissions) is built per request.
     */
    public KeptJson.Json<OrganisationDetails> getJson(UUID id) {
        if (user.isAuthenticated()) {
            return kept.read(() -> kept.unkept(get(id)));
        }
        // No transaction unless it is built (KeptJson).
        return kept.get(new PublicOrganisationKey(id), kept.version(), () -> get(id));
    }

    /** Every recorded change, newest first; as public as the organisation itself. */
    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        find(id);
        return history.history(SUBJECT, id);
    }

    @Transactional
    public OrganisationDetails create(OrganisationInput input) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        Placement placement = resolvePlacement(organisation.id, input);
        policy.assertCanCreateIn(user, placement.countyCode());
        assertNumberFree(input.organisationNumber(), null);
        apply(organisation, input, placement);
        changes.create(AUDIT, organisation, "Registered " + organisation.name);
        return details(organisation);
    }

    @Transactional
    public OrganisationDetails update(UUID id, String ifMatch, OrganisationInput input) {
        Organisation organisation = find(id);
        policy.assertCanUpdate(user, organisation, organisation.countyCode());
        changes.update(
                AUDIT,
                organisation,
                ifMatch,
                o -> {
                    Placement placement = resolvePlacement(o.id, input);
                    policy.assertCanUpdate(user, o, placement.countyCode());
                    assertNumberFree(input.organisationNumber(), o.id);
                    apply(o, input, placement);
                },
                o -> "Updated " + o.name);
        return details(organisation);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Organisation organisation = find(id);
        policy.assertCanDelete(user, organisation);
        changes.delete(
                AUDIT,
                organisation,
                ifMatch,
                o -> {
                    if (organisations.countChildren(id) > 0) {
                        throw ProblemException.conflict(text("organisation.organisation-sub-units-move-delete"));
                    }
                    try {
                        organisations.delete(o);
                        organisations.flush();
                    } catch (PersistenceException e) {
                        // Anything else that refers to it (agreements, forums …) is guarded by foreign keys.
                        throw ProblemException.conflict(
                                text("organisation.organisation-referred-elsewhere-cannot-deleted"));
                    }
                },
                "Deleted " + organisation.name);
    }

    private Organisation find(UUID id) {
        return organisations
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(text("organisation.not-found", id)));
    }

    private OrganisationDetails details(Organisation organisation) {
        return OrganisationMapper.details(
                organisation, organisations.children(organisation.id), policy.permissions(user, organisation));
    }

    /** Where an organisation sits: county, municipality and parent, checked against the reference data. */
    private record Placement(County county, Municipality municipality, Organisation parent) {
        String countyCode() {
            return county == null ? null : county.code;
        }
    }

    private Placement resolvePlacement(UUID self, OrganisationInput input) {
        FieldViolations violations = new FieldViolations();
        County county = counties.find(input.countyCode(), "countyCode", violations);
        Municipality municipality = null;
        if (input.municipalityCode() != null) {
            municipality = municipalities.findById(input.municipalityCode());
            if (municipality == null) {
                violations.add("municipalityCode", text("common.no-municipality-code", input.municipalityCode()));
            } else if (input.countyCode() == null) {
                county = counties.findById(municipality.countyCode);
            } else if (!municipality.countyCode.equals(input.countyCode())) {
                violations.add(
                        "municipalityCode",
                        text("common.municipality-not-in-county", municipality.name, input.countyCode()));
            }
        } else if (input.type() == OrganisationType.MUNICIPALITY) {
            violations.add("municipalityCode", text("organisation.required-municipality"));
        }
        if (county == null && !violations.has("countyCode") && requiresCounty(input.type())) {
            violations.add("countyCode", text("organisation.required-county-administrative-board-region"));
        }
        Organisation parent = null;
        if (input.parentId() != null) {
            parent = organisations.findById(input.parentId());
            if (parent == null) {
                violations.add("parentId", text("common.no-organisation-id", input.parentId()));
            } else if (organisations.wouldCreateCycle(self, parent)) {
                violations.add("parentId", text("organisation.organisation-cannot-own-parent-sub"));
            }
        }
        violations.throwIfAny();
        return new Placement(county, municipality, parent);
    }

    private static boolean requiresCounty(OrganisationType type) {
        return type == OrganisationType.COUNTY_ADMINISTRATIVE_BOARD || type == OrganisationType.REGION;
    }

    private void assertNumberFree(String organisationNumber, UUID self) {
        if (organisationNumber == null) {
            return;
        }
        organisations
                .findByOrganisationNumber(OrganisationNumbers.normalise(organisationNumber))
                .filter(other -> !other.id.equals(self))
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            text("organisation.organisation-number-already-registered", other.name),
                            "organisationNumber",
                            text("organisation.already-registered", other.name));
                });
    }

    private static void apply(Organisation organisation, OrganisationInput input, Placement placement) {
        organisation.name = input.name().trim();
        organisation.type = input.type();
        organisation.organisationNumber = OrganisationNumbers.normalise(input.organisationNumber());
        organisation.county = placement.county();
        organisation.municipality = placement.municipality();
        organisation.parent = placement.parent();
        organisation.website = blankToNull(input.website());
        organisation.mandate = blankToNull(input.mandate());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
