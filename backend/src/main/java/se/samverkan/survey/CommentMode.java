package se.samverkan.survey;

/** Whether a statement takes a comment: none, optional, or required on submit. */
public enum CommentMode {
    NONE,
    OPTIONAL,
    REQUIRED
}
