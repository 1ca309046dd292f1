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

    @Override
    public Map<String, String> getConfigOverrides() {
        String port = System.getProperty(PROXY_PORT);
        if (port == null) {
            try (ServerSocket probe = new ServerSocket(0)) {
                port = Integer.toString(probe.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
