package se.samverkan.followup.kolada;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Kolada switched on as an operator would, pointed at the local {@link KoladaStub}. */
public class KoladaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "samverkan.kolada.enabled", "true",
                "samverkan.kolada.base-url", KoladaStub.base(),
                "samverkan.kolada.timeout", "5s",
                "samverkan.kolada.per-page", "3");
    }
}
