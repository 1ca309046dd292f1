package se.samverkan.webhook;

import static se.samverkan.common.problem.Text.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import se.samverkan.changes.ChangeDtos.ChangeDto;
import se.samverkan.changes.ChangeService;
import se.samverkan.changes.ChangeType;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.webhook.WebhookDtos.DeliveryDto;
import se.samverkan.webhook.WebhookDtos.WebhookDto;
import se.samverkan.webhook.WebhookDtos.WebhookInput;
import se.samverkan.webhook.WebhookDtos.WebhookPermissions;

/** Subscriptions of service accounts to the change feed, and their deliveries. */
@ApplicationScoped
public class WebhookService {

    public static final String SUBJECT = "WEBHOOK";

    private static final Audit<WebhookSubscription> AUDIT =
            new Audit<>(w -> new ChangeRecorder.Subject(SUBJECT, w.id, SUBJECT, w.id), WebhookService::snapshot);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WebhookSubscriptionRepository subscriptions;

    @Inject
    WebhookPolicy policy;

    @Inject
    AuditedChanges changes;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public WebhookDto subscribe(WebhookInput input) {
        policy.assertCanSubscribe();
        checkUrl(input.url());
        WebhookPolicy.Subscriber subscriber = policy.subscriber();
        WebhookSubscription w = new WebhookSubscription();
        w.id = UUID.randomUUID();
        w.clientId = subscriber.clientId();
        w.account = subscriber.account();
        w.organisationNumber = subscriber.organisationNumber();
        w.countyCode = subscriber.countyCode();
        w.roles = subscriber.roles();
        w.url = input.url();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        w.secret = HexFormat.of().formatHex(key);
        w.types = String.join(
                ",",
                new TreeSet<>(
                        input.types() == null
                                ? List.<String>of()
                                : input.types().stream().map(Enum::name).toList()));
        w.counties = String.join(",", new TreeSet<>(input.counties() == null ? List.of() : input.counties()));
        // From now on: a new subscriber gets what changes after it subscribed (the feed has the past).
        w.afterPosition = ((Number) em.createNativeQuery("select coalesce(max(position), 0) from change_feed")
                        .getSingleResult())
                .longValue();
        w.status = WebhookStatus.ACTIVE;
        changes.create(AUDIT, w, "Webhook to " + w.url);
        return dto(w, true);
    }

    @Transactional
    @ReadOnly
    public List<WebhookDto> list() {
        policy.assertCanList();
        List<WebhookSubscription> found =
                policy.serviceAccount().map(subscriptions::ofClient).orElseGet(subscriptions::all);
        return found.stream().filter(policy::canRead).map(w -> dto(w, false)).toList();
    }

    @Transactional
    @ReadOnly
    public WebhookDto get(UUID id) {
        return dto(readable(id), false);
    }

    @Transactional
    public WebhookDto enable(UUID id, String ifMatch) {
        WebhookSubscription w = readable(id);
        // A stale version first: who read an old state does not know whether it is still disabled.
        EntityTags.requireMatch(ifMatch, w.version);
        if (w.status == WebhookStatus.ACTIVE) {
            throw ProblemException.ruleViolation("webhook-active", text("webhook.already-active"));
        }
        changes.changeStatus(
                AUDIT,
                w,
                ifMatch,
                s -> {
                    s.status = WebhookStatus.ACTIVE;
                    s.consecutiveFailures = 0;
                    s.disabledAt = null;
                },
                s -> "Webhook enabled again");
        return dto(w, false);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription w = readable(id);
        changes.delete(AUDIT, w, ifMatch, subscriptions::delete, "Webhook removed");
    }

    @Transactional
    @ReadOnly
    public List<DeliveryDto> deliveries(UUID id, DeliveryStatus status) {
        WebhookSubscription w = readable(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, position, payload, status, attempts, next_attempt_at,"
                        + " last_attempt_at, last_status, last_error, created_at, delivered_at from webhook_delivery"
                        + " where subscription_id = :id and (cast(:status as varchar) is null or status = :status)"
                        + " order by position desc limit 100")
                .setParameter("id", w.id)
                .setParameter("status", status == null ? null : status.name())
                .getResultList();
        List<DeliveryDto> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            DeliveryStatus s = DeliveryStatus.valueOf((String) r[3]);
            out.add(new DeliveryDto(
                    (UUID) r[0],
                    ((Number) r[1]).longValue(),
                    change((String) r[2]),
                    s,
                    ((Number) r[4]).intValue(),
                    s == DeliveryStatus.PENDING ? instant(r[5]) : null,
                    instant(r[6]),
                    r[7] == null ? null : ((Number) r[7]).intValue(),
                    (String) r[8],
                    instant(r[9]),
                    instant(r[10])));
        }
        return out;
    }

    private WebhookSubscription readable(UUID id) {
        WebhookSubscription w = subscriptions.findById(id);
        if (w == null) {
            throw ProblemException.notFound(text("webhook.not-found", id));
        }
        policy.assertCanRead(w);
        return w;
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
                throw ProblemException.invalid("url", text("webhook.url-not-usable"));
            }
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", text("webhook.url-not-usable"));
        }
    }

    private ChangeDto change(String payload) {
        try {
            return json.readValue(payload, ChangeDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private WebhookDto dto(WebhookSubscription w, boolean withSecret) {
        boolean manage = policy.canManage(w);
        return new WebhookDto(
                w.id,
                w.url,
                w.types.isBlank()
                        ? List.<ChangeType>of()
                        : ChangeService.types(w.types).stream().sorted().toList(),
                w.counties.isBlank() ? List.of() : List.of(w.counties.split(",")),
                w.account,
                w.status,
                w.consecutiveFailures,
                w.disabledAt,
                withSecret ? w.secret : null,
                w.createdAt,
                w.createdBy,
                w.updatedAt,
                w.updatedBy,
                w.version,
                new WebhookPermissions(manage && w.status == WebhookStatus.DISABLED, manage));
    }

    static Map<String, String> snapshot(WebhookSubscription w) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("url", w.url);
        m.put("types", w.types);
        m.put("counties", w.counties);
        m.put("status", w.status == null ? null : w.status.name());
        return m;
    }
}
