package se.samverkan.grant;

/** Who holds a grant: a person (Keycloak username) or an integrating system (its client's id). */
public enum SubjectType {
    USER,
    SERVICE_ACCOUNT
}
