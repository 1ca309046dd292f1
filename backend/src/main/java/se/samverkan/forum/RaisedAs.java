package se.samverkan.forum;

/**
 * How an item came into its forum from another: raised to a forum at a higher level (escalation), or passed along the
 * preparation chain to the forum its forum prepares for or reports to, at the same level too (Regionala
 * samverkansgruppen → Beredningsgruppen → Integrationsrådet; arbetsgrupp → samråd).
 */
public enum RaisedAs {
    ESCALATED,
    PASSED_ALONG
}
