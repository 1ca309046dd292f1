package se.samverkan.common.problem;

import java.util.UUID;

/**
 * Whether a record was deleted (the history knows; implemented there). Lets a write that names the version it read
 * of a record someone else has since deleted answer 412 "changed by someone else" instead of a bare 404.
 */
public interface Deletions {

    boolean wasDeleted(UUID id);
}
