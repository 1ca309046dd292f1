package se.samverkan.history;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.ReadOnly;

/**
 * A service whose subject keeps its history under one subject type: whoever may read the subject may read its history.
 * The read is written once here; the service names its subject type and how a subject is found for reading.
 */
public abstract class HistoryReads {

    @Inject
    protected ChangeRecorder history;

    private final String subjectType;

    protected HistoryReads(String subjectType) {
        this.subjectType = subjectType;
    }

    /** The subject, when the caller may read it; otherwise the refusal (404) a read of it answers. */
    protected abstract Object findReadable(UUID id);

    /** Every change of the subject, newest first. */
    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        findReadable(id);
        return history.history(subjectType, id);
    }
}
