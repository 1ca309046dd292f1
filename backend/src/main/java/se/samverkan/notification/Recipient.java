package se.samverkan.notification;

/** A user from the directory who is to hear of an event; {@code email} is null when Keycloak has none. */
public record Recipient(String username, String email, String locale) {}
