package se.samverkan.outage;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Its own application start with a database the test may stop and start; no demo data, to start quickly. */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RestartablePostgresResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("samverkan.demo-data.enabled", "false");
    }
}
