package se.samverkan.outage;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import se.samverkan.support.DemoUser;

/**
 * Its own application start whose OIDC server is the shared Keycloak reached through a port nothing listens on
 * yet: the test opens and closes a {@link TcpProxy} there. Tokens are still fetched from Keycloak directly, so their
 * issuer is the real one.
 */
public class KeycloakOutageProfile implements QuarkusTestProfile {

    static final String PROXY_PORT = "samverkan.test.oidc-proxy-port";

    /**
     * A free port below Linux's ephemeral range (32768–60999). While nothing listens there the application keeps
     * connecting to it, and a port in that range can be handed to such a connection as its own local port (a TCP
     * self-connect), which then holds it: the proxy failed to bind with "Address already in use".
     */
    static int unusedPortOutsideEphemeralRange() {
        int start = 20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(10000);
        for (int port = start; port < 32000; port++) {
            try (ServerSocket probe = new ServerSocket(port)) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new UncheckedIOException(new IOException("no free port between " + start + " and 32000"));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String port = System.getProperty(PROXY_PORT);
        if (port == null) {
            port = Integer.toString(unusedPortOutsideEphemeralRange());
            System.setProperty(PROXY_PORT, port);
        }
        return Map.of(
                "quarkus.oidc.auth-server-url",
                "http://localhost:" + port + "/realms/samverkan",
                "quarkus.oidc.token.issuer",
                DemoUser.KEYCLOAK_URL,
                "samverkan.demo-data.enabled",
                "false");
    }
}
