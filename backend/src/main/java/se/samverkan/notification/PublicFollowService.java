package se.samverkan.notification;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;

/**
 * The public follows a forum's published minutes: by e-mail after confirming the address (double opt-in: nothing but
 * the confirmation mail goes to an unconfirmed address), or through an Atom feed. Minutes are public once published,
 * so neither tells anyone more than the app shows them.
 */
@ApplicationScoped
public class PublicFollowService {

    /** What a subscription request or confirmation answers: never whether the address was known before. */
    public record SubscriptionDto(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) UUID forumId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) String forumName,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(required = true) String status) {}

    public record SubscriptionInput(
            @jakarta.validation.constraints.NotBlank(message = "must not be blank")
                    @jakarta.validation.constraints.Email(message = "must be an e-mail address")
                    @jakarta.validation.constraints.Size(max = 320, message = "must be at most 320 characters")
                    String email,
            @Optional @jakarta.validation.constraints.Pattern(regexp = "sv|en", message = "must be sv or en")
                    String locale) {}

    @Inject
    EntityManager em;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    Clock clock;

    @ConfigProperty(name = "samverkan.public-url")
    String publicUrl;

    /** Records the wish and mails a confirmation link; an address already confirmed gets no second mail. */
    @Transactional
    public SubscriptionDto subscribe(UUID forumId, SubscriptionInput input) {
        String forumName = forumName(forumId);
        String email = input.email().trim().toLowerCase();
        String locale = input.locale() == null ? "sv" : input.locale();
        Instant now = Clocks.now(clock);
        em.createNativeQuery(
                        """
                insert into public_subscription (id, email, forum_id, locale, created_at)
                values (:id, :email, :forum, :locale, :now) on conflict (email, forum_id) do nothing
                """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("email", email)
                .setParameter("forum", forumId)
                .setParameter("locale", locale)
                .setParameter("now", now)
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                        "select id, confirmed_at from public_subscription where email = :email and forum_id = :forum")
                .setParameter("email", email)
                .setParameter("forum", forumId)
                .getSingleResult();
        UUID id = (UUID) row[0];
        if (row[1] == null && confirmationMayBeSent(email, id, now)) {
            em.createNativeQuery(
                            """
                    insert into mail_outbox (recipient_email, subscription_id, locale, category, event, params, link,
                                             due_at, created_at)
                    values (:email, :id, :locale, 'MEETING', 'subscription-confirm', cast(:params as jsonb), :link,
                            :now, :now)
                    """)
                    .setParameter("email", email)
                    .setParameter("id", id)
                    .setParameter("locale", locale)
                    .setParameter("params", "{\"forum\": " + jsonString(forumName) + "}")
                    .setParameter("link", "/subscriptions/confirm?token=" + tokens.forConfirmation(id))
                    .setParameter("now", now)
                    .executeUpdate();
        }
        return new SubscriptionDto(forumId, forumName, "PENDING_CONFIRMATION");
    }

    /**
     * Anyone may type anyone's address: a confirmation goes out at most once an hour per subscription and
     * {@value #CONFIRMATIONS_PER_DAY} times a day per address, so the form cannot flood a mailbox. Counted in the
     * database, so the limit holds across instances. The answer is the same either way.
     */
    private boolean confirmationMayBeSent(String email, UUID subscriptionId, Instant now) {
        Object[] sent = (Object[]) em.createNativeQuery(
                        """
                select count(*) filter (where subscription_id = :subscription and created_at > :hourAgo),
                       count(*)
                from mail_outbox
                where event = 'subscription-confirm' and recipient_email = :email and created_at > :dayAgo
                """)
                .setParameter("subscription", subscriptionId)
                .setParameter("email", email)
                .setParameter("hourAgo", now.minus(java.time.Duration.ofHours(1)))
                .setParameter("dayAgo", now.minus(java.time.Duration.ofDays(1)))
                .getSingleResult();
        return ((Number) sent[0]).longValue() == 0 && ((Number) sent[1]).longValue() < CONFIRMATIONS_PER_DAY;
    }

    static final int CONFIRMATIONS_PER_DAY = 3;

    @Transactional
    public SubscriptionDto confirm(String token) {
        UUID id = tokens.verifyConfirmation(token)
                .orElseThrow(() -> ProblemException.invalid("token", text("notification.valid-confirmation-link")));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select s.forum_id, f.name from public_subscription s join forum f on f.id = s.forum_id where s.id = :id")
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.invalid("token", text("notification.names-subscription-ended"));
        }
        em.createNativeQuery(
                        "update public_subscription set confirmed_at = coalesce(confirmed_at, :now) where id = :id")
                .setParameter("now", Clocks.now(clock))
                .setParameter("id", id)
                .executeUpdate();
        return new SubscriptionDto((UUID) rows.get(0)[0], (String) rows.get(0)[1], "CONFIRMED");
    }

    /** The forum's published minutes as an Atom feed (RFC 4287), newest first. */
    @ReadOnly
    @Transactional
    @SuppressWarnings("unchecked")
    public String feed(UUID forumId) {
        String forumName = forumName(forumId);
        List<Object[]> rows = em.createNativeQuery(
                        """
                select id, coalesce(title, ''), meeting_date, minutes_published_at from meeting
                where forum_id = :forum and minutes_published_at is not null
                order by minutes_published_at desc limit 50
                """)
                .setParameter("forum", forumId)
                .getResultList();
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;
        Instant updated = rows.isEmpty() ? Instant.EPOCH : instant(rows.get(0)[3]);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"sv\">\n")
                .append("  <id>urn:uuid:")
                .append(forumId)
                .append("</id>\n")
                .append("  <title>")
                .append(escape("Protokoll: " + forumName))
                .append("</title>\n")
                .append("  <updated>")
                .append(iso.format(updated))
                .append("</updated>\n")
                .append("  <link rel=\"alternate\" href=\"")
                .append(escape(base + SubjectType.FORUM.link(forumId)))
                .append("\"/>\n")
                .append("  <author><name>Samverkan</name></author>\n");
        for (Object[] row : rows) {
            String title = forumName + " " + row[2] + (((String) row[1]).isEmpty() ? "" : ": " + row[1]);
            xml.append("  <entry>\n")
                    .append("    <id>urn:uuid:")
                    .append(row[0])
                    .append("</id>\n")
                    .append("    <title>")
                    .append(escape(title))
                    .append("</title>\n")
                    .append("    <updated>")
                    .append(iso.format(instant(row[3])))
                    .append("</updated>\n")
                    .append("    <link rel=\"alternate\" href=\"")
                    .append(escape(base + SubjectType.MEETING.link((UUID) row[0])))
                    .append("\"/>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private String forumName(UUID forumId) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select name from forum where id = :id")
                .setParameter("id", forumId)
                .getResultList();
        if (names.isEmpty()) {
            throw ProblemException.notFound(text("forum.not-found", forumId));
        }
        return names.get(0);
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i
                ? i
                : value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
