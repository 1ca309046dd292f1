package se.samverkan.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import se.samverkan.common.cluster.ScheduledRuns;

/** The mirrored user directory (table directory_user). */
@ApplicationScoped
public class DirectoryRepository {

    @Inject
    EntityManager em;

    @Inject
    ScheduledRuns runs;

    /** Replaces the directory with what Keycloak answered: upserts everyone, disables whoever is gone. */
    @Transactional
    public int replaceAll(List<DirectoryEntry> entries, Instant now) {
        // Several instances synchronise on their own schedule: one at a time, or one's "disable whoever is gone"
        // could disable what another has just written with a later timestamp.
        runs.lockForTransaction("directory-sync");
        for (DirectoryEntry e : entries) {
            em.createNativeQuery(
                            """
                    insert into directory_user (id, username, email, display_name, organisation_number, county_code,
                                                coordinator, locale, enabled, synced_at)
                    values (:id, :username, :email, :name, :org, :county, :coordinator, :locale, :enabled, :now)
                    on conflict (id) do update set username = excluded.username, email = excluded.email,
                        display_name = excluded.display_name, organisation_number = excluded.organisation_number,
                        county_code = excluded.county_code, coordinator = excluded.coordinator,
                        locale = excluded.locale, enabled = excluded.enabled, synced_at = excluded.synced_at
                    """)
                    .setParameter("id", e.id())
                    .setParameter("username", e.username())
                    .setParameter("email", e.email())
                    .setParameter("name", e.displayName())
                    .setParameter("org", e.organisationNumber())
                    .setParameter("county", e.countyCode())
                    .setParameter("coordinator", e.coordinator())
                    .setParameter("locale", e.locale())
                    .setParameter("enabled", e.enabled())
                    .setParameter("now", now)
                    .executeUpdate();
        }
        em.createNativeQuery("update directory_user set enabled = false where synced_at < :now")
                .setParameter("now", now)
                .executeUpdate();
        return entries.size();
    }
}
