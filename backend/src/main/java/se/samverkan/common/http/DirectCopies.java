package se.samverkan.common.http;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies of large kept bodies in direct (native) memory, so that a response is written to the socket from them as it
 * is. Quarkus REST copies a byte[] body into a direct buffer of its size for every response, and a body above Netty's
 * pooled chunks (64 KiB in Quarkus) is a fresh native allocation each time: for the report CSV (1.5 MB) that copy,
 * its page faults and its release were about half the API's CPU per request (issue 20, benchmarks/results); a body
 * above {@link #MIN_BYTES} costs the same in a chunk of the pool's own.
 *
 * <p>Bounded by {@link #BUDGET} bytes alive, counted until the garbage collector has freed a copy (a response still
 * being written holds a view of it, so a copy is never freed explicitly): a copy that is no longer kept but not yet
 * collected still counts, and while the budget is used up bodies are sent as before.
 */
final class DirectCopies {

    /**
     * Bodies at most this large are written from Netty's pooled buffers: no copy. Above it the pool does not help
     * either: with Quarkus's 64 KiB chunks and no buffer cache on worker threads (backend/jvm.options), a body of 32-64
     * KiB takes a chunk of its own, made (allocateDirect, zeroed, page faults) and destroyed for every response; for the
     * public agreement list (34 KB) and the national comparison (54 KB) that was 11-13 % of the API's CPU per request
     * (async-profiler, issue 20, results/2026-12-05-anon20.md). Bodies up to 16 KiB come from the threads' caches.
     */
    static final int MIN_BYTES = 16 * 1024;

    static final long BUDGET = 8L << 20;

    private static final Cleaner CLEANER = Cleaner.create();

    private static final AtomicLong LIVE = new AtomicLong();

    private DirectCopies() {}

    /** A read-only direct copy of the body, or null when it is small or the budget is used up. */
    static ByteBuffer copy(byte[] body) {
        long size = body.length;
        if (size <= MIN_BYTES) {
            return null;
        }
        if (LIVE.addAndGet(size) > BUDGET) {
            LIVE.addAndGet(-size);
            return null;
        }
        ByteBuffer direct;
        try {
            direct = ByteBuffer.allocateDirect(body.length);
        } catch (OutOfMemoryError e) {
            LIVE.addAndGet(-size);
            return null;
        }
        direct.put(body).flip();
        CLEANER.register(direct, () -> LIVE.addAndGet(-size));
        return direct.asReadOnlyBuffer();
    }

    /** The bytes of the copies alive (kept, being written or not yet collected). */
    static long live() {
        return LIVE.get();
    }
}
