package se.samverkan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Resolves an {@link Audience} to the users of the directory (mirrored from Keycloak, so people who never logged in
 * are included). Membership: a user's {@code organisation_number} names their organisation; a coordinator's
 * {@code county_code} names their county. The one place where scoped grants can add further recipients later.
 *
 * <p>County rule: coordinators come from the event's county only; followers only when they belong to no county or to
 * the event's county, so one county's events never reach another county's users.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Recipient> resolve(Audience audience, String countyCode, String excludedUsername) {
        String organisations =
                audience.organisations.stream().map(Object::toString).collect(Collectors.joining(","));
        String followed = audience.followed.stream()
                .map(f -> f.type().name() + ":" + f.id())
                .collect(Collectors.joining(","));
        List<Object[]> rows = em.createNativeQuery(
                        """
                select d.username, d.email, d.locale
                from directory_user d
                left join organisation o on o.organisation_number = d.organisation_number
                where d.enabled
                  and d.username <> :excluded
                  and ((o.id is not null and o.id::text = any(string_to_array(:organisations, ',')))
                    or (:coordinators and d.coordinator and d.county_code = :county)
                    or (exists (select 1 from follow f
                                where f.username = d.username
                                  and f.subject_type || ':' || f.subject_id = any(string_to_array(:followed, ',')))
                        and (:county = '' or coalesce(case when d.coordinator then d.county_code end, o.county_code, :county) = :county)))
                order by d.username
                """)
                .setParameter("excluded", excludedUsername == null ? "" : excludedUsername)
                .setParameter("organisations", organisations)
                .setParameter("coordinators", audience.countyCoordinators && countyCode != null)
                .setParameter("county", countyCode == null ? "" : countyCode)
                .setParameter("followed", followed)
                .getResultList();
        List<Recipient> recipients = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            recipients.add(new Recipient((String) row[0], (String) row[1], (String) row[2]));
        }
        return recipients;
    }

    /** Confirmed public subscribers of a forum's minutes: id, address, language. */
    @SuppressWarnings("unchecked")
    public List<Object[]> publicSubscribers(java.util.UUID forumId) {
        if (forumId == null) {
            return List.of();
        }
        return em.createNativeQuery(
                        "select id, email, locale from public_subscription where forum_id = :forum and confirmed_at is not null order by email")
                .setParameter("forum", forumId)
                .getResultList();
    }
}
