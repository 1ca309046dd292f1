package se.samverkan.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.common.time.Clocks;

/**
 * Writes notifications (the in-app centre) and their mail (the outbox) in the caller's transaction, so a change and
 * the news of it commit or roll back together. The dispatcher sends the mail later, with retries.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Preferences preferences;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** What the caller wants to say: the event, about what, in which county, with which facts for the texts. */
    public record Message(Event event, UUID subjectId, String countyCode, Map<String, String> params, String calendar) {

        public Message(Event event, UUID subjectId, String countyCode, Map<String, String> params) {
            this(event, subjectId, countyCode, params, null);
        }
    }

    /** Publishes to the audience; returns the number of people notified (public subscribers included). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(Message message, Audience audience) {
        Instant now = Clocks.now(clock);
        Map<String, String> params = new LinkedHashMap<>();
        message.params().forEach((k, v) -> params.put(k, v == null ? "" : v));
        String paramsJson = write(params);
        String link = message.event().subjectType().link(message.subjectId());
        List<Recipient> people = recipients.resolve(audience, message.countyCode(), actor());
        Map<String, Frequency> chosen = preferences.frequencies(
                people.stream().map(Recipient::username).toList(),
                message.event().category());
        for (Recipient person : people) {
            UUID id = UUID.randomUUID();
            em.createNativeQuery(
                            """
                    insert into notification (id, recipient, event, category, subject_type, subject_id, county_code,
                                              params, link, created_at)
                    values (:id, :recipient, :event, :category, :subjectType, :subjectId, :county,
                            cast(:params as jsonb), :link, :now)
                    """)
                    .setParameter("id", id)
                    .setParameter("recipient", person.username())
                    .setParameter("event", message.event().key())
                    .setParameter("category", message.event().category().name())
                    .setParameter("subjectType", message.event().subjectType().name())
                    .setParameter("subjectId", message.subjectId())
                    .setParameter("county", message.countyCode())
                    .setParameter("params", paramsJson)
                    .setParameter("link", link)
                    .setParameter("now", now)
                    .executeUpdate();
            Frequency frequency = chosen.getOrDefault(person.username(), Frequency.IMMEDIATELY);
            if (person.email() != null && frequency != Frequency.OFF) {
                outbox(
                        id,
                        person.email(),
                        person.username(),
                        null,
                        person.locale(),
                        message,
                        paramsJson,
                        link,
                        frequency,
                        now);
            }
        }
        int count = people.size();
        for (Object[] subscriber : recipients.publicSubscribers(audience.publicSubscribersOfForum)) {
            outbox(
                    null,
                    (String) subscriber[1],
                    null,
                    (UUID) subscriber[0],
                    (String) subscriber[2],
                    message,
                    paramsJson,
                    link,
                    Frequency.IMMEDIATELY,
                    now);
            count++;
        }
        return count;
    }

    private void outbox(
            UUID notificationId,
            String email,
            String username,
            UUID subscriptionId,
            String locale,
            Message message,
            String paramsJson,
            String link,
            Frequency frequency,
            Instant now) {
        String digest = frequency == Frequency.DAILY ? "DAILY" : frequency == Frequency.WEEKLY ? "WEEKLY" : "NONE";
        em.createNativeQuery(
                        """
                insert into mail_outbox (notification_id, recipient_email, recipient_username, subscription_id, locale,
                                         category, event, params, link, calendar, digest, due_at, created_at)
                values (:notification, :email, :username, :subscription, :locale, :category, :event,
                        cast(:params as jsonb), :link, :calendar, :digest, :due, :now)
                """)
                .setParameter("notification", notificationId)
                .setParameter("email", email)
                .setParameter("username", username)
                .setParameter("subscription", subscriptionId)
                .setParameter("locale", locale)
                .setParameter("category", message.event().category().name())
                .setParameter("event", message.event().key())
                .setParameter("params", paramsJson)
                .setParameter("link", link)
                .setParameter("calendar", message.calendar())
                .setParameter("digest", digest)
                .setParameter("due", Digests.dueAt(frequency, now))
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The user who caused the change hears nothing of it; scheduled reminders have no such user. */
    private static String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        CurrentUser user = Arc.container().instance(CurrentUser.class).get();
        return user.isAuthenticated() ? user.actor() : null;
    }

    private String write(Map<String, String> params) {
        try {
            return json.writeValueAsString(new HashMap<>(params));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
