package se.samverkan.notification.directory;

/** One user as Keycloak knows them: what reaching them needs (address, language) and what they may see. */
public record DirectoryEntry(
        String id,
        String username,
        String email,
        String displayName,
        String organisationNumber,
        String countyCode,
        boolean coordinator,
        String locale,
        boolean enabled) {}
