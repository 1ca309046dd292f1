package se.samverkan.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one delivery, signed: {@code X-Samverkan-Signature: sha256=<hex>} is HMAC-SHA256 with the subscription's
 * secret over {@code <X-Samverkan-Timestamp>.<body>}, so a receiver can check both who sent it and that it is fresh.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String SIGNATURE = "X-Samverkan-Signature";
    public static final String TIMESTAMP = "X-Samverkan-Timestamp";
    public static final String DELIVERY = "X-Samverkan-Delivery";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** What the receiver answered: its status, or the reason there was no answer (status 0). */
    public record Outcome(int status, String error) {
        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    public Outcome send(String url, String secret, String deliveryId, String body, Instant now) {
        String timestamp = Long.toString(now.getEpochSecond());
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Samverkan-Webhooks/1")
                    .header(DELIVERY, deliveryId)
                    .header(TIMESTAMP, timestamp)
                    .header(SIGNATURE, "sha256=" + sign(secret, timestamp + "." + body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(
                    response.statusCode(), response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        }
    }

    public static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
