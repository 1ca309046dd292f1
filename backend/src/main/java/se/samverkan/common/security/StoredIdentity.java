package se.samverkan.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A caller rebuilt from claims kept in the database, for background work done on someone's behalf (webhook
 * deliveries are checked as their subscriber): the same claims {@link CurrentUser} reads from a token.
 */
public final class StoredIdentity {

    private StoredIdentity() {}

    public static SecurityIdentity of(
            String username, String clientId, String organisationNumber, String countyCode, Set<String> roles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", username);
        claims.put("azp", clientId);
        if (organisationNumber != null) {
            claims.put(CurrentUser.ORGANISATION_CLAIM, organisationNumber);
        }
        if (countyCode != null) {
            claims.put(CurrentUser.COUNTY_CLAIM, countyCode);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Claims(username, Map.copyOf(claims)))
                .addRoles(roles)
                .setAnonymous(false)
                .build();
    }

    private record Claims(String name, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
