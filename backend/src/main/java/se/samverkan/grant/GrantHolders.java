package se.samverkan.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who holds a grant for a scope, for other features that address people (notifications): the coordinators of a
 * county, a federation's coordinators, a forum's editors, an organisation's LÖK authors. Grant holders only; people
 * whose right comes from their Keycloak role and claims are found with {@link UserDirectory#withAttribute}.
 */
@ApplicationScoped
public class GrantHolders {

    /** A holder: a person's username or a service account's client id. */
    public record Holder(SubjectType type, String subject, String name) {}

    @Inject
    GrantRepository grants;

    @Inject
    UserDirectory directory;

    public List<Holder> countyCoordinators(String countyCode) {
        return holders(GrantKind.COUNTY_COORDINATOR, "county:" + countyCode);
    }

    public List<Holder> federationCoordinators(UUID federationId) {
        return holders(GrantKind.FEDERATION_COORDINATOR, "organisation:" + federationId);
    }

    public List<Holder> lokAuthors(UUID organisationId) {
        return holders(GrantKind.LOK_AUTHOR, "organisation:" + organisationId);
    }

    public List<Holder> forumEditors(UUID forumId) {
        return holders(GrantKind.FORUM_EDITOR, "forum:" + forumId);
    }

    public List<Holder> nationalReaders() {
        return holders(GrantKind.NATIONAL_READER, "national");
    }

    /** Every coordinator of a county: by Keycloak claim (county_code with role coordinator) and by grant. */
    public List<Holder> allCountyCoordinators(String countyCode) {
        Set<Holder> all = new LinkedHashSet<>(countyCoordinators(countyCode));
        directory.withAttribute("county_code", countyCode, 100).stream()
                .map(u -> new Holder(SubjectType.USER, u.username(), u.name()))
                .filter(h -> all.stream().noneMatch(a -> a.subject().equals(h.subject())))
                .forEach(all::add);
        return new ArrayList<>(all);
    }

    /** The people Keycloak names as members of an organisation (its organisation_number). */
    public List<Holder> organisationMembers(String organisationNumber) {
        return directory.withAttribute("organisation_number", organisationNumber, 100).stream()
                .map(u -> new Holder(SubjectType.USER, u.username(), u.name()))
                .toList();
    }

    public List<Holder> holders(GrantKind kind, String scopeKey) {
        return grants.find("kind = ?1 and scopeKey = ?2 and revokedAt is null", kind, scopeKey).list().stream()
                .map(g -> new Holder(g.subjectType, g.subject, g.subjectName))
                .toList();
    }
}
