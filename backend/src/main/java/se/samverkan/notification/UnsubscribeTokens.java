package se.samverkan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed unsubscribe links that work without login: the token names a user and a category (or a public
 * subscription) and carries an HMAC-SHA256 over that, so nobody can unsubscribe someone else.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    /** What a valid token unsubscribes: a user's category, or one public subscription. */
    public record Target(String username, Category category, UUID subscriptionId) {}

    @ConfigProperty(name = "samverkan.notifications.signing-key")
    String key;

    public String forUser(String username, Category category) {
        return sign("u|" + username + "|" + category.name());
    }

    public String forSubscription(UUID subscriptionId) {
        return sign("p|" + subscriptionId);
    }

    /** The double opt-in link of a public subscription (a different payload, so it never unsubscribes). */
    public String forConfirmation(UUID subscriptionId) {
        return sign("c|" + subscriptionId);
    }

    public Optional<UUID> verifyConfirmation(String token) {
        return payload(token).filter(p -> p.startsWith("c|")).map(p -> {
            try {
                return UUID.fromString(p.substring(2));
            } catch (IllegalArgumentException e) {
                return null;
            }
        });
    }

    public Optional<Target> verify(String token) {
        Optional<String> verified = payload(token);
        if (verified.isEmpty()) {
            return Optional.empty();
        }
        try {
            String payload = verified.get();
            String[] parts = payload.split("\\|", -1);
            if (parts.length == 3 && parts[0].equals("u")) {
                return Optional.of(new Target(parts[1], Category.valueOf(parts[2]), null));
            }
            if (parts.length == 2 && parts[0].equals("p")) {
                return Optional.of(new Target(null, null, UUID.fromString(parts[1])));
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The signed payload, if the signature holds. */
    private Optional<String> payload(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(payload)) ? Optional.of(payload) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(mac(payload));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
