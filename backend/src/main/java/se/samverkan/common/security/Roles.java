package se.samverkan.common.security;

/** Realm roles issued by Keycloak (realm/samverkan-realm.json). */
public final class Roles {
    public static final String ADMIN = "admin";
    /** Coordinator of one county; the county comes from the token's {@code county_code} claim. */
    public static final String COORDINATOR = "coordinator";
    /** Member of one organisation; the organisation comes from the token's {@code organisation_number} claim. */
    public static final String MEMBER = "member";

    private Roles() {}
}
