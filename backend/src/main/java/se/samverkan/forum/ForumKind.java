package se.samverkan.forum;

/** A standing forum (råd, samråd, samrådsgrupp), a network (GR:s nätverk) or a working group (arbetsgrupp). */
public enum ForumKind {
    FORUM,
    NETWORK,
    WORKING_GROUP
}
