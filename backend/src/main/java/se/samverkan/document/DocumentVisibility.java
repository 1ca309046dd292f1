package se.samverkan.document;

/** Public documents are seen by whoever sees the owner; internal ones only by the owner's insiders. */
public enum DocumentVisibility {
    PUBLIC,
    INTERNAL
}
