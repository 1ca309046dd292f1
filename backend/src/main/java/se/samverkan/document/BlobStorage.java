package se.samverkan.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Where file bytes live. Both directions stream: no implementation may hold a whole file in memory, since files of
 * 25 MB and more pass through an API that serves many requests at once.
 */
public interface BlobStorage {

    record Stored(UUID id, long size, String sha256) {}

    /** Stores the bytes within the caller's transaction, so a failed upload leaves nothing behind. */
    Stored store(InputStream content) throws IOException;

    /** Writes the stored bytes to the stream. */
    void copyTo(UUID id, OutputStream out) throws IOException;
}
