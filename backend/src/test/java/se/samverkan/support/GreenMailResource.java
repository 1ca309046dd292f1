package se.samverkan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real mail server for the tests: GreenMail standalone (from Maven Central, copied by the build into
 * target/greenmail) as its own process on free ports: SMTP for the API's mailer, IMAP and its REST API for the tests,
 * which read back what was really delivered ({@link Mailbox}).
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        GreenMail.start(GreenMail.freePort(), GreenMail.freePort(), GreenMail.freePort());
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(GreenMail.smtpPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        GreenMail.stop();
    }
}
