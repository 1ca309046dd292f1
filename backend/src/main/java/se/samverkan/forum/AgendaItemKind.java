package se.samverkan.forum;

/**
 * What an agenda item is: a status report (lägesrapport), input from the sub-regional forums (inspel), a presentation
 * (föredragning), a working deep-dive (arbetande fördjupning), a decision, the standing follow-up of an agreement or
 * strategy (avstämning och uppföljning), or anything else.
 */
public enum AgendaItemKind {
    STATUS_REPORT,
    SUBREGIONAL_INPUT,
    PRESENTATION,
    DEEP_DIVE,
    DECISION,
    STANDING_FOLLOW_UP,
    OTHER
}
