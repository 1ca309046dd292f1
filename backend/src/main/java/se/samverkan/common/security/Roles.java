package se.samverkan.common.security;

/** Realm roles issued by Keycloak (realm/samverkan-realm.json). */
public final class Roles {
    public static final String ADMIN = "admin";
    /** Coordinator of one county; the county comes from the token's {@code county_code} claim. */
    public static final String COORDINATOR = "coordinator";
    /** Member of one organisation; the organisation comes from the token's {@code organisation_number} claim. */
    public static final String MEMBER = "member";
    /**
     * Not a Keycloak role: added by the API to a caller who holds an active scoped grant (se.samverkan.grant), so that
     * a member with a grant passes the coarse role gate and the feature's policy decides on the grant's scope.
     */
    public static final String GRANTEE = "grantee";

    private Roles() {}
}
