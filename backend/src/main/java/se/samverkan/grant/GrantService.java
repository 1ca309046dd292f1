package se.samverkan.grant;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldError;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.grant.GrantDtos.DirectoryUser;
import se.samverkan.grant.GrantDtos.FederationMemberDto;
import se.samverkan.grant.GrantDtos.GrantDto;
import se.samverkan.grant.GrantDtos.GrantInput;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;

/** Grants: list, grant, revoke and audit, with the scope of each kind checked against what exists. */
@ApplicationScoped
public class GrantService {

    public static final String SUBJECT_TYPE = "grant";

    static final AuditedChanges.Audit<Grant> AUDIT = new AuditedChanges.Audit<>(
            g -> new ChangeRecorder.Subject(SUBJECT_TYPE, g.id, SUBJECT_TYPE, g.id), GrantService::snapshot);

    @Inject
    GrantRepository grants;

    @Inject
    GrantPolicy policy;

    @Inject
    CallerGrants caller;

    @Inject
    AuditedChanges audited;

    @Inject
    ChangeRecorder history;

    @Inject
    Federations federations;

    @Inject
    UserDirectory directory;

    @Inject
    EntityManager em;

    @Transactional
    @ReadOnly
    public List<GrantDto> listCounty(String countyCode, boolean includeRevoked) {
        requireCounty(countyCode, "countyCode");
        policy.assertCanListCounty(countyCode);
        return toDtos(grants.ofCounty(countyCode, includeRevoked));
    }

    @Transactional
    @ReadOnly
    public List<GrantDto> listNational(boolean includeRevoked) {
        policy.assertCanListNational();
        return toDtos(grants.national(includeRevoked));
    }

    @Transactional
    @ReadOnly
    public List<GrantDto> mine() {
        return toDtos(caller.active());
    }

    @Transactional
    @ReadOnly
    public GrantDto get(UUID id) {
        Grant grant = find(id);
        policy.assertCanRead(grant);
        return toDtos(List.of(grant)).get(0);
    }

    @Transactional
    public GrantDto grant(GrantInput input) {
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        grant.kind = input.kind();
        grant.subjectType = input.subjectType();
        grant.subject = input.subject();
        grant.subjectUserId = input.subjectUserId();
        grant.subjectName = input.subjectName();
        resolveScope(grant, input);
        policy.assertCanGrant(grant.kind, grant.countyCode);
        if (grants.activeExists(grant.kind, grant.subjectType, grant.subject, grant.scopeKey)) {
            throw ProblemException.ruleViolation(
                    "grant-once",
                    text("grant.grant-once", input.subject()),
                    "subject",
                    text("common.already-holds-active-grant-kind"));
        }
        Instant now = history.now();
        grant.grantedAt = now;
        grant.grantedBy = history.caller().name();
        audited.create(AUDIT, grant, "Granted " + grant.kind + " to " + grant.subject);
        return toDtos(List.of(grant)).get(0);
    }

    @Transactional
    public GrantDto revoke(UUID id, String ifMatch) {
        Grant grant = find(id);
        policy.assertCanRevoke(grant);
        if (!grant.active()) {
            throw ProblemException.ruleViolation("grant-revoked-once", text("grant.grant-revoked-once"));
        }
        audited.changeStatus(
                AUDIT,
                grant,
                ifMatch,
                g -> {
                    g.revokedAt = history.now();
                    g.revokedBy = history.caller().name();
                },
                g -> "Revoked " + g.kind + " of " + g.subject);
        return toDtos(List.of(grant)).get(0);
    }

    /** Who granted and revoked what in a county, newest first. */
    @Transactional
    @ReadOnly
    public List<HistoryEntryDto> countyAudit(String countyCode) {
        requireCounty(countyCode, "countyCode");
        policy.assertCanListCounty(countyCode);
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from access_grant where county_code = :c", UUID.class)
                .setParameter("c", countyCode)
                .getResultList();
        return history.historyOf(SUBJECT_TYPE, ids);
    }

    /** Who granted and revoked the grants without a county, newest first. */
    @Transactional
    @ReadOnly
    public List<HistoryEntryDto> nationalAudit() {
        policy.assertCanListNational();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from access_grant where county_code is null", UUID.class)
                .getResultList();
        return history.historyOf(SUBJECT_TYPE, ids);
    }

    @Transactional
    @ReadOnly
    public List<HistoryEntryDto> grantHistory(UUID id) {
        Grant grant = find(id);
        policy.assertCanRead(grant);
        return history.history(SUBJECT_TYPE, id);
    }

    public List<DirectoryUser> searchUsers(String text) {
        policy.assertCanSearchUsers();
        return directory.search(text, 20);
    }

    @Transactional
    @ReadOnly
    public List<FederationMemberDto> federationMembers(UUID federationId) {
        return federations.membersOf(federationId).stream()
                .map(m -> new FederationMemberDto(
                        m.municipalityCode(), m.municipalityName(), m.provenanceKind(), m.source(), m.note()))
                .toList();
    }

    // ---- scope --------------------------------------------------------------------------------

    private void resolveScope(Grant grant, GrantInput input) {
        List<FieldError> errors = new ArrayList<>();
        GrantKind kind = input.kind();
        notFor(kind, GrantKind.COUNTY_COORDINATOR, "countyCode", input.countyCode() != null, errors);
        notFor(
                kind,
                "organisationId",
                input.organisationId() != null,
                errors,
                GrantKind.FEDERATION_COORDINATOR,
                GrantKind.LOK_AUTHOR);
        notFor(
                kind,
                "municipalityCodes",
                input.municipalityCodes() != null && !input.municipalityCodes().isEmpty(),
                errors,
                GrantKind.LOK_AUTHOR);
        notFor(kind, GrantKind.FORUM_EDITOR, "forumId", input.forumId() != null, errors);
        notFor(
                kind,
                "indicatorIds",
                input.indicatorIds() != null && !input.indicatorIds().isEmpty(),
                errors,
                GrantKind.STATISTICS_PROVIDER);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        switch (kind) {
            case COUNTY_COORDINATOR -> {
                String county = required(input.countyCode(), "countyCode");
                requireCounty(county, "countyCode");
                grant.countyCode = county;
                grant.scopeKey = "county:" + county;
            }
            case FEDERATION_COORDINATOR -> {
                UUID id = required(input.organisationId(), "organisationId");
                Object[] org = organisation(id);
                if (!"MUNICIPAL_FEDERATION".equals(org[0])) {
                    throw ProblemException.invalid("organisationId", text("grant.municipal-federation"));
                }
                if (org[1] == null) {
                    throw ProblemException.invalid("organisationId", text("grant.federation-within-county"));
                }
                grant.organisationId = id;
                grant.countyCode = (String) org[1];
                grant.scopeKey = "organisation:" + id;
            }
            case LOK_AUTHOR -> {
                UUID id = required(input.organisationId(), "organisationId");
                organisation(id);
                List<String> codes = required(input.municipalityCodes(), "municipalityCodes");
                if (codes.isEmpty()) {
                    throw ProblemException.invalid("municipalityCodes", text("grant.name-least-municipality"));
                }
                grant.countyCode = municipalitiesCounty(new TreeSet<>(codes));
                grant.organisationId = id;
                grant.municipalities.addAll(new TreeSet<>(codes));
                grant.scopeKey = "organisation:" + id;
            }
            case FORUM_EDITOR -> {
                UUID id = required(input.forumId(), "forumId");
                @SuppressWarnings("unchecked")
                List<Object> rows = em.createNativeQuery("select county_code from forum where id = :id")
                        .setParameter("id", id)
                        .getResultList();
                if (rows.isEmpty()) {
                    throw ProblemException.invalid("forumId", text("grant.names-no-forum"));
                }
                if (rows.get(0) == null) {
                    throw ProblemException.invalid("forumId", text("grant.national-forum-admins-prepare"));
                }
                grant.forumId = id;
                grant.countyCode = (String) rows.get(0);
                grant.scopeKey = "forum:" + id;
            }
            case STATISTICS_PROVIDER -> {
                List<UUID> ids = required(input.indicatorIds(), "indicatorIds");
                if (ids.isEmpty()) {
                    throw ProblemException.invalid("indicatorIds", text("grant.name-least-indicator"));
                }
                Set<UUID> unique = new LinkedHashSet<>(ids);
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select i.id, a.county_code from indicator i "
                                + "join agreement a on a.id = i.agreement_id where i.id in (:ids)")
                        .setParameter("ids", unique)
                        .getResultList();
                if (rows.size() != unique.size()) {
                    throw ProblemException.invalid("indicatorIds", text("grant.names-indicator-does-not-exist"));
                }
                Set<String> counties = rows.stream().map(r -> (String) r[1]).collect(Collectors.toSet());
                // Indicators of one county make a grant of that county; of several, a grant outside any county, which
                // only admins give (a national statistics system).
                grant.countyCode = counties.size() == 1 ? counties.iterator().next() : null;
                grant.indicators.addAll(unique);
                // One provider grant per subject and county: a change of indicators is a revocation and a new grant.
                grant.scopeKey = "indicators:" + (grant.countyCode == null ? "national" : grant.countyCode);
            }
            case NATIONAL_READER -> grant.scopeKey = "national";
        }
    }

    private static void notFor(GrantKind kind, GrantKind owner, String field, boolean given, List<FieldError> errors) {
        notFor(kind, field, given, errors, owner);
    }

    private static void notFor(
            GrantKind kind, String field, boolean given, List<FieldError> errors, GrantKind... owners) {
        if (given && !List.of(owners).contains(kind)) {
            errors.add(new FieldError(field, text("grant.outside-scope", kind)));
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ProblemException.invalid(field, text("grant.required-kind-grant"));
        }
        return value;
    }

    private void requireCounty(String code, String field) {
        Number count = (Number) em.createNativeQuery("select count(*) from county where code = :c")
                .setParameter("c", code)
                .getSingleResult();
        if (count.intValue() == 0) {
            throw ProblemException.invalid(field, text("grant.names-no-county"));
        }
    }

    /** type and county of an organisation; 400 naming organisationId when there is none. */
    private Object[] organisation(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select type, county_code from organisation where id = :id")
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.invalid("organisationId", text("common.names-no-organisation"));
        }
        return rows.get(0);
    }

    private String municipalitiesCounty(Collection<String> codes) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, county_code from municipality where code in (:codes)")
                .setParameter("codes", codes)
                .getResultList();
        if (rows.size() != codes.size()) {
            throw ProblemException.invalid("municipalityCodes", text("grant.names-municipality-does-not-exist"));
        }
        Set<String> counties = rows.stream().map(r -> (String) r[1]).collect(Collectors.toSet());
        if (counties.size() != 1) {
            throw ProblemException.invalid("municipalityCodes", text("grant.municipalities-county"));
        }
        return counties.iterator().next();
    }

    // ---- reading ------------------------------------------------------------------------------

    private Grant find(UUID id) {
        Grant grant = grants.findById(id);
        if (grant == null) {
            throw ProblemException.notFound(text("grant.not-found", id));
        }
        return grant;
    }

    /** Projects grants with the names of their organisations and forums (one query each, not one per grant). */
    private List<GrantDto> toDtos(List<Grant> list) {
        Map<UUID, String> organisations =
                names("organisation", list.stream().map(g -> g.organisationId).toList());
        Map<UUID, String> forums =
                names("forum", list.stream().map(g -> g.forumId).toList());
        Map<UUID, String> indicators = names(
                "indicator", list.stream().flatMap(g -> g.indicators.stream()).toList());
        List<UUID> federationIds = list.stream()
                .filter(g -> g.kind == GrantKind.FEDERATION_COORDINATOR)
                .map(g -> g.organisationId)
                .distinct()
                .toList();
        Map<UUID, List<String>> members = new HashMap<>();
        for (UUID federation : federationIds) {
            members.put(
                    federation,
                    federations.membersOf(federation).stream()
                            .map(Federations.Member::municipalityCode)
                            .sorted()
                            .toList());
        }
        return list.stream()
                .map(g -> new GrantDto(
                        g.id,
                        g.kind,
                        g.subjectType,
                        g.subject,
                        g.subjectUserId,
                        g.subjectName,
                        g.countyCode,
                        g.organisationId,
                        organisations.get(g.organisationId),
                        g.forumId,
                        forums.get(g.forumId),
                        g.kind == GrantKind.FEDERATION_COORDINATOR
                                ? members.getOrDefault(g.organisationId, List.of())
                                : g.municipalities.stream().sorted().toList(),
                        g.indicators.stream().sorted().toList(),
                        g.indicators.stream()
                                .sorted()
                                .map(i -> indicators.getOrDefault(i, i.toString()))
                                .toList(),
                        g.grantedAt,
                        g.grantedBy,
                        g.revokedAt,
                        g.revokedBy,
                        g.active(),
                        g.active() && policy.canGrant(g.kind, g.countyCode),
                        g.version))
                .toList();
    }

    private Map<UUID, String> names(String table, List<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name from " + table + " where id in (:ids)")
                .setParameter("ids", wanted)
                .getResultList();
        rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }

    static Map<String, String> snapshot(Grant g) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("kind", g.kind.name());
        s.put("subjectType", g.subjectType.name());
        s.put("subject", g.subject);
        s.put("countyCode", g.countyCode);
        s.put("organisationId", g.organisationId == null ? null : g.organisationId.toString());
        s.put("forumId", g.forumId == null ? null : g.forumId.toString());
        s.put(
                "municipalityCodes",
                g.municipalities.isEmpty() ? null : String.join(", ", new TreeSet<>(g.municipalities)));
        s.put(
                "indicatorIds",
                g.indicators.isEmpty()
                        ? null
                        : g.indicators.stream().map(UUID::toString).sorted().collect(Collectors.joining(", ")));
        s.put("grantedBy", g.grantedBy);
        s.put("grantedAt", g.grantedAt == null ? null : g.grantedAt.toString());
        s.put("revokedBy", g.revokedBy);
        s.put("revokedAt", g.revokedAt == null ? null : g.revokedAt.toString());
        return s;
    }
}
