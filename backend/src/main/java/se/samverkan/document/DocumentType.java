package se.samverkan.document;

/** A stored file (with versions) or a link to a document published elsewhere. */
public enum DocumentType {
    FILE,
    LINK
}
