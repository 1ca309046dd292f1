package se.samverkan.notification;

import static se.samverkan.common.problem.Text.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.common.time.Clocks;
import se.samverkan.notification.NotificationDtos.FollowDto;
import se.samverkan.notification.NotificationDtos.NotificationDto;
import se.samverkan.notification.NotificationDtos.NotificationPage;
import se.samverkan.notification.NotificationDtos.PreferenceDto;
import se.samverkan.notification.NotificationDtos.PreferencesDto;
import se.samverkan.notification.NotificationDtos.PreferencesInput;
import se.samverkan.notification.NotificationDtos.UnreadCount;
import se.samverkan.notification.NotificationDtos.UnsubscribeDto;

/** The signed-in user's notification centre, preferences and follows; unsubscribing by a signed link. */
@ApplicationScoped
public class NotificationService {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Preferences preferences;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    Instance<FollowTarget> targets;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ReadOnly
    @Transactional
    @SuppressWarnings("unchecked")
    public NotificationPage list(boolean unreadOnly, String locale, int page, int size) {
        String me = user.actor();
        List<Object[]> rows = em.createNativeQuery(
                        """
                select id, event, category, params::text, link, created_at, read_at is not null,
                       count(*) over (), count(*) filter (where read_at is null) over ()
                from notification where recipient = :me and (not :unreadOnly or read_at is null)
                order by created_at desc, id limit :size offset :offset
                """)
                .setParameter("me", me)
                .setParameter("unreadOnly", unreadOnly)
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        List<NotificationDto> items = new ArrayList<>(rows.size());
        long total = 0;
        long unread = 0;
        for (Object[] row : rows) {
            Map<String, String> params = read((String) row[3]);
            String event = (String) row[1];
            items.add(new NotificationDto(
                    (UUID) row[0],
                    event,
                    Category.valueOf((String) row[2]),
                    MailTexts.text(locale, event + ".subject", params),
                    MailTexts.text(locale, event + ".body", params),
                    (String) row[4],
                    instant(row[5]),
                    (Boolean) row[6]));
            total = ((Number) row[7]).longValue();
            unread = ((Number) row[8]).longValue();
        }
        if (rows.isEmpty()) {
            UnreadCount count = unread();
            unread = count.unread();
            total = unreadOnly ? unread : count(me);
        }
        return new NotificationPage(items, total, unread, page, size);
    }

    @ReadOnly
    @Transactional
    public UnreadCount unread() {
        Number count = (Number)
                em.createNativeQuery("select count(*) from notification where recipient = :me and read_at is null")
                        .setParameter("me", user.actor())
                        .getSingleResult();
        return new UnreadCount(count.longValue());
    }

    @Transactional
    public void markRead(UUID id) {
        int found = em.createNativeQuery(
                        "update notification set read_at = coalesce(read_at, :now) where id = :id and recipient = :me")
                .setParameter("now", Clocks.now(clock))
                .setParameter("id", id)
                .setParameter("me", user.actor())
                .executeUpdate();
        if (found == 0) {
            throw ProblemException.notFound(text("notification.not-found", id));
        }
    }

    @Transactional
    public void markAllRead() {
        em.createNativeQuery("update notification set read_at = :now where recipient = :me and read_at is null")
                .setParameter("now", Clocks.now(clock))
                .setParameter("me", user.actor())
                .executeUpdate();
    }

    @ReadOnly
    @Transactional
    public PreferencesDto preferences() {
        return toDto(preferences.of(user.actor()));
    }

    @Transactional
    public PreferencesDto setPreferences(String ifMatch, PreferencesInput input) {
        // One writer per user at a time, so two tabs that read the same choices cannot both replace them.
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:me))) as locked")
                .setParameter("me", "preferences:" + user.actor())
                .getSingleResult();
        se.samverkan.common.http.EntityTags.requireMatch(
                ifMatch, toDto(preferences.of(user.actor())).version());
        Instant now = Clocks.now(clock);
        for (PreferenceDto preference : input.preferences()) {
            preferences.set(user.actor(), preference.category(), preference.frequency(), now);
        }
        return toDto(preferences.of(user.actor()));
    }

    @ReadOnly
    @Transactional
    @SuppressWarnings("unchecked")
    public List<FollowDto> follows() {
        List<Object[]> rows = em.createNativeQuery(
                        "select subject_type, subject_id, created_at from follow where username = :me order by created_at desc")
                .setParameter("me", user.actor())
                .getResultList();
        return rows.stream()
                .map(r -> new FollowDto(SubjectType.valueOf((String) r[0]), (UUID) r[1], instant(r[2])))
                .toList();
    }

    /** Follows a thing the caller may read (404 otherwise, as for reading it); following twice is one follow. */
    @Transactional
    public FollowDto follow(SubjectType type, UUID id) {
        FollowTarget target = targets.stream()
                .filter(t -> t.type() == type)
                .findFirst()
                .orElseThrow(() ->
                        ProblemException.invalid("subjectType", text("notification.agreement-forum-action-item")));
        if (!target.canFollow(id)) {
            throw ProblemException.notFound(text(
                    "notification.subject-not-found", type.name().toLowerCase().replace('_', ' '), id));
        }
        Instant now = Clocks.now(clock);
        em.createNativeQuery(
                        """
                insert into follow (username, subject_type, subject_id, created_at) values (:me, :type, :id, :now)
                on conflict do nothing
                """)
                .setParameter("me", user.actor())
                .setParameter("type", type.name())
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
        return follows().stream()
                .filter(f -> f.subjectType() == type && f.subjectId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void unfollow(SubjectType type, UUID id) {
        em.createNativeQuery("delete from follow where username = :me and subject_type = :type and subject_id = :id")
                .setParameter("me", user.actor())
                .setParameter("type", type.name())
                .setParameter("id", id)
                .executeUpdate();
    }

    // ---- unsubscribe (no login: the signed token is the authority) ------------------------------------

    @ReadOnly
    @Transactional
    public UnsubscribeDto describe(String token) {
        UnsubscribeTokens.Target target = verified(token);
        if (target.subscriptionId() != null) {
            Object[] row = subscription(target.subscriptionId());
            return new UnsubscribeDto("PUBLIC_MINUTES", null, row == null ? null : (String) row[0], row == null);
        }
        boolean off = preferences.of(target.username()).get(target.category()) == Frequency.OFF;
        return new UnsubscribeDto("CATEGORY", target.category(), null, off);
    }

    /** One click (RFC 8058): the category goes off for that user, or the public subscription ends. */
    @Transactional
    public UnsubscribeDto unsubscribe(String token) {
        UnsubscribeTokens.Target target = verified(token);
        if (target.subscriptionId() != null) {
            Object[] row = subscription(target.subscriptionId());
            em.createNativeQuery("delete from public_subscription where id = :id")
                    .setParameter("id", target.subscriptionId())
                    .executeUpdate();
            em.createNativeQuery("delete from mail_outbox where subscription_id = :id and status = 'PENDING'")
                    .setParameter("id", target.subscriptionId())
                    .executeUpdate();
            return new UnsubscribeDto("PUBLIC_MINUTES", null, row == null ? null : (String) row[0], true);
        }
        preferences.set(target.username(), target.category(), Frequency.OFF, Clocks.now(clock));
        return new UnsubscribeDto("CATEGORY", target.category(), null, true);
    }

    private UnsubscribeTokens.Target verified(String token) {
        return tokens.verify(token)
                .orElseThrow(() -> ProblemException.invalid("token", text("notification.valid-unsubscribe-link")));
    }

    private Object[] subscription(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select f.name, s.email from public_subscription s join forum f on f.id = s.forum_id where s.id = :id")
                .setParameter("id", id)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private long count(String me) {
        return ((Number) em.createNativeQuery("select count(*) from notification where recipient = :me")
                        .setParameter("me", me)
                        .getSingleResult())
                .longValue();
    }

    private static PreferencesDto toDto(Map<Category, Frequency> map) {
        java.util.zip.CRC32 checksum = new java.util.zip.CRC32();
        map.forEach((category, frequency) -> checksum.update(
                (category.name() + "=" + frequency.name() + ";").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new PreferencesDto(
                map.entrySet().stream()
                        .map(e -> new PreferenceDto(e.getKey(), e.getValue()))
                        .toList(),
                checksum.getValue());
    }

    private Map<String, String> read(String params) {
        try {
            return json.readValue(params, PARAMS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
