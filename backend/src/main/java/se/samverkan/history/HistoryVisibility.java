package se.samverkan.history;

import java.util.UUID;

/**
 * A feature's visibility rule for what it owns, as the history needs it: a history entry may name something of
 * another feature (a forum names its agreements), and shows that name only to those who may see the thing itself.
 * Implemented once per feature by a CDI bean; {@link ChangeRecorder} asks the one whose {@link #kind()} matches.
 */
public interface HistoryVisibility {

    /** The kind of reference this rule decides, e.g. "agreement"; see {@link ChangeRecorder#reference}. */
    String kind();

    /** Whether the caller of the current request may see the thing with this id (false when it is gone). */
    boolean canSee(UUID id);
}
