package se.samverkan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per user and category: immediately (the default), daily or weekly digest, or off. */
@ApplicationScoped
public class Preferences {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    Map<String, Frequency> frequencies(List<String> usernames, Category category) {
        Map<String, Frequency> result = new HashMap<>();
        if (usernames.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createNativeQuery(
                        "select username, frequency from notification_preference where category = :category and username in (:users)")
                .setParameter("category", category.name())
                .setParameter("users", usernames)
                .getResultList();
        rows.forEach(row -> result.put((String) row[0], Frequency.valueOf((String) row[1])));
        return result;
    }

    @SuppressWarnings("unchecked")
    public Map<Category, Frequency> of(String username) {
        Map<Category, Frequency> result = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            result.put(category, Frequency.IMMEDIATELY);
        }
        List<Object[]> rows = em.createNativeQuery(
                        "select category, frequency from notification_preference where username = :user")
                .setParameter("user", username)
                .getResultList();
        rows.forEach(row -> result.put(Category.valueOf((String) row[0]), Frequency.valueOf((String) row[1])));
        return result;
    }

    public void set(String username, Category category, Frequency frequency, Instant now) {
        em.createNativeQuery(
                        """
                insert into notification_preference (username, category, frequency, updated_at)
                values (:user, :category, :frequency, :now)
                on conflict (username, category) do update set frequency = excluded.frequency, updated_at = excluded.updated_at
                """)
                .setParameter("user", username)
                .setParameter("category", category.name())
                .setParameter("frequency", frequency.name())
                .setParameter("now", now)
                .executeUpdate();
    }
}
