package se.samverkan.forum;

/** How a forum is linked to the one above it: it prepares its matters (Beredningsgruppen → Integrationsrådet) or reports to it. */
public enum ForumRelation {
    PREPARES_FOR,
    REPORTS_TO
}
