package se.samverkan.notification.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.notification.Category;
import se.samverkan.notification.MailTexts;
import se.samverkan.notification.UnsubscribeTokens;

/**
 * Turns outbox rows into mails: plain text and HTML from the Qute templates in {@code templates/mail/}, the texts in
 * the recipient's language, a link to the thing, and a one-click unsubscribe (RFC 8058: {@code List-Unsubscribe} with
 * {@code List-Unsubscribe-Post}) that works without login.
 */
@ApplicationScoped
public class MailRenderer {

    /** One line of a mail: what happened, and where to read it. */
    @TemplateData
    public record Item(String subject, String body, String url) {}

    @Inject
    @Location("mail/notification.txt")
    Template notificationText;

    @Inject
    @Location("mail/notification.html")
    Template notificationHtml;

    @Inject
    @Location("mail/digest.txt")
    Template digestText;

    @Inject
    @Location("mail/digest.html")
    Template digestHtml;

    @Inject
    UnsubscribeTokens tokens;

    @ConfigProperty(name = "samverkan.public-url")
    String publicUrl;

    public Item item(OutboxRow row) {
        String locale = MailTexts.locale(row.locale());
        return new Item(
                MailTexts.text(locale, row.event() + ".subject", row.params()),
                MailTexts.text(locale, row.event() + ".body", row.params()),
                base() + row.link());
    }

    /** One mail for one row, or for all rows of one digest (same address, same kind of digest). */
    public Mail render(List<OutboxRow> rows) {
        OutboxRow first = rows.get(0);
        String locale = MailTexts.locale(first.locale());
        String token = first.subscriptionId() != null
                ? tokens.forSubscription(first.subscriptionId())
                : tokens.forUser(first.username(), Category.valueOf(first.category()));
        String unsubscribePage = base() + "/unsubscribe?token=" + token;
        String unsubscribeApi = base() + "/api/v1/unsubscribe?token=" + token;
        Map<String, Object> common = Map.of(
                "lang",
                locale,
                "t",
                words(locale, first),
                "unsubscribeUrl",
                unsubscribePage,
                "preferencesUrl",
                base() + "/notifications/preferences");
        Mail mail;
        if (rows.size() == 1 && "NONE".equals(first.digest())) {
            Item item = item(first);
            Map<String, Object> data = new java.util.HashMap<>(common);
            data.put("item", item);
            mail = Mail.withText(
                            first.email(),
                            item.subject(),
                            notificationText.data(data).render())
                    .setHtml(notificationHtml.data(data).render());
            if (first.calendar() != null) {
                mail.addAttachment(
                        "invitation.ics",
                        first.calendar().getBytes(StandardCharsets.UTF_8),
                        "text/calendar; charset=UTF-8; method=PUBLISH");
            }
        } else {
            List<Item> items = new ArrayList<>();
            rows.forEach(row -> items.add(item(row)));
            String subject = MailTexts.text(
                    locale,
                    "digest." + first.digest().toLowerCase() + ".subject",
                    Map.of("count", String.valueOf(items.size())));
            Map<String, Object> data = new java.util.HashMap<>(common);
            data.put("items", items);
            data.put("subject", subject);
            mail = Mail.withText(first.email(), subject, digestText.data(data).render())
                    .setHtml(digestHtml.data(data).render());
        }
        mail.addHeader("List-Unsubscribe", "<" + unsubscribeApi + ">");
        mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.addHeader("Auto-Submitted", "auto-generated");
        mail.addHeader("Content-Language", locale);
        return mail;
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The fixed words of the templates in the mail's language ({t.open} …), and why the recipient gets it. */
    private static Map<String, String> words(String locale, OutboxRow row) {
        String why = "subscription-confirm".equals(row.event())
                ? MailTexts.text(locale, "mail.why.confirm")
                : row.subscriptionId() != null
                        ? MailTexts.text(locale, "mail.why.public")
                        : MailTexts.text(
                                locale,
                                "mail.why.user",
                                Map.of("category", MailTexts.text(locale, "mail.category." + row.category())));
        return Map.of(
                "open", MailTexts.text(locale, "mail.open"),
                "unsubscribe", MailTexts.text(locale, "mail.unsubscribe"),
                "preferences", MailTexts.text(locale, "mail.preferences"),
                "why", why);
    }
}
