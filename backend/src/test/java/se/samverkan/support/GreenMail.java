package se.samverkan.support;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * Starts and stops the GreenMail process. Its ports and pid live in system properties, because the test resource and
 * the tests run in different class loaders of one JVM; a test can stop the server (SMTP down) and start it again on
 * the same ports.
 */
public final class GreenMail {

    private static final String PID = "samverkan.test.greenmail.pid";
    private static final String SMTP = "samverkan.test.greenmail.smtp";
    private static final String IMAP = "samverkan.test.greenmail.imap";
    private static final String API = "samverkan.test.greenmail.api";

    private GreenMail() {}

    public static int smtpPort() {
        return Integer.getInteger(SMTP);
    }

    public static String apiUrl() {
        return "http://127.0.0.1:" + Integer.getInteger(API);
    }

    public static synchronized void start(int smtp, int imap, int api) {
        String jar = System.getProperty("greenmail.jar", "target/greenmail/greenmail-standalone.jar");
        if (!new File(jar).isFile()) {
            throw new IllegalStateException(
                    "GreenMail's jar is missing at " + jar + " (mvn process-test-classes copies it)");
        }
        try {
            Process process = new ProcessBuilder(List.of(
                            System.getProperty("java.home") + "/bin/java",
                            "-Xmx128m",
                            "-Dgreenmail.hostname=127.0.0.1",
                            "-Dgreenmail.smtp.port=" + smtp,
                            "-Dgreenmail.imap.port=" + imap,
                            "-Dgreenmail.auth.disabled",
                            "-Dgreenmail.api.hostname=127.0.0.1",
                            "-Dgreenmail.api.port=" + api,
                            "-jar",
                            jar))
                    .redirectErrorStream(true)
                    .redirectOutput(new File("target/greenmail/greenmail-" + smtp + ".log"))
                    .start();
            System.setProperty(PID, String.valueOf(process.pid()));
            System.setProperty(SMTP, String.valueOf(smtp));
            System.setProperty(IMAP, String.valueOf(imap));
            System.setProperty(API, String.valueOf(api));
            long deadline = System.currentTimeMillis() + 60_000;
            while (true) {
                try {
                    if (given().baseUri(apiUrl()).get("/api/service/readiness").statusCode() == 200) {
                        return;
                    }
                } catch (Exception notYet) { // RestAssured rethrows the ConnectException unchecked
                    // not listening yet
                }
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("GreenMail did not start; see target/greenmail/");
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server: SMTP refuses connections until {@link #restart()}. Mail delivered so far is gone with it. */
    public static synchronized void stop() {
        String pid = System.getProperty(PID);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(process -> {
            process.destroy();
            process.onExit().join();
        });
        System.clearProperty(PID);
    }

    public static void restart() {
        start(Integer.getInteger(SMTP), Integer.getInteger(IMAP), Integer.getInteger(API));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
