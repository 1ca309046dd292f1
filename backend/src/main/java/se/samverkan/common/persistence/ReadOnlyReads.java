package se.samverkan.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a read in a read-only transaction of its own (or the caller's, when there is one), for code that only needs a
 * transaction some of the time: a kept read (KeptJson) needs none when what it keeps is current, and one to build it
 * when it is not.
 */
@ApplicationScoped
public class ReadOnlyReads {

    @ReadOnly
    @Transactional
    public <T> T call(Supplier<T> read) {
        return read.get();
    }
}
