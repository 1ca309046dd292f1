package se.samverkan.grant;

/** What a grant lets its holder do, and what its scope is. */
public enum GrantKind {
    /** Coordinates one county, as the county administrative board's coordinator does (scope: the county). */
    COUNTY_COORDINATOR,
    /** Coordinates a municipal federation's municipalities: forums it convenes and LÖKs in them (GR). */
    FEDERATION_COORDINATOR,
    /** Drafts, adopts and follows up LÖKs for an organisation in named municipalities (Arbetsförmedlingen). */
    LOK_AUTHOR,
    /** Prepares a forum's meetings: agenda, papers and draft minutes; the forum's manager publishes. */
    FORUM_EDITOR,
    /** Pushes values of named indicators (another agency's system). */
    STATISTICS_PROVIDER,
    /** Reads every county's internal follow-up and status reports, read-only. */
    NATIONAL_READER
}
