package se.samverkan.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import se.samverkan.common.persistence.ReadOnlyReads;
import se.samverkan.common.persistence.StatementCounter;
import se.samverkan.common.security.CurrentUser;

/**
 * Public reads kept with their JSON while what they show stands still, the way agreement documents are
 * (AgreementDocuments): a read is kept under a key that holds everything it depends on besides the data (its
 * parameters, the caller's visibility or permission flags, today's date where it decides) and under the data's
 * {@link #version()} (or a feature's own fingerprint); a read at another version is built again. A repeated read then
 * costs the version's statement and no mapping or serialising: the version is read with plain JDBC, so a read whose
 * kept JSON is current opens no transaction and no Hibernate session (the caller leaves its entry point without
 * {@code @Transactional}; {@link #get} builds in a read-only transaction of its own). Bounded: the most recently read, at most
 * {@link #BUDGET} bytes of JSON in {@link #ENTRIES} reads.
 */
@ApplicationScoped
public class KeptJson {

    private static final long BUDGET = 24L << 20;

    private static final int ENTRIES = 4096;

    /**
     * The three change counters (change_counter, V41): between them, every change a kept read shows (the report
     * inputs for what counts follow-up assessments, as the national comparison does).
     */
    public record Version(long documents, long reads, long reportInputs) {}

    /**
     * A read and its JSON (the bytes the REST layer would write for it), with a content ETag and, when large, a copy in
     * direct memory to write from (DirectCopies) made on first use.
     */
    public static final class Json<T> {
        private final T value;
        private final byte[] bytes;
        private volatile String contentTag;
        private volatile ByteBuffer direct;

        /** Whether it is kept for more reads (then worth a direct copy; a read that is not kept is sent once). */
        private final boolean kept;

        Json(T value, byte[] bytes, boolean kept) {
            this.value = value;
            this.bytes = bytes;
            this.kept = kept;
        }

        public T value() {
            return value;
        }

        public byte[] bytes() {
            return bytes;
        }

        public String contentTag() {
            String tag = contentTag;
            if (tag == null) {
                tag = PublicReads.contentTag(bytes);
                contentTag = tag;
            }
            return tag;
        }

        /**
         * What a response sends: the bytes, or for a large body a view of its direct copy (a Vert.x buffer, written to
         * the socket as it is), made once while DirectCopies' budget allows.
         */
        public Object entity() {
            ByteBuffer copy = direct;
            if (copy == null && kept && bytes.length > DirectCopies.MIN_BYTES) {
                synchronized (this) {
                    copy = direct;
                    if (copy == null) {
                        copy = DirectCopies.copy(bytes);
                        direct = copy;
                    }
                }
            }
            return copy == null ? bytes : Buffer.buffer(Unpooled.wrappedBuffer(copy.duplicate()));
        }
    }

    private record Kept(Object version, Json<?> json) {}

    private static final String VERSION = "select document, read, report_input from change_counter";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReadOnlyReads reads;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper mapper;

    private long held;

    private final LinkedHashMap<Object, Kept> kept = new LinkedHashMap<>(256, 0.75f, true);

    /**
     * The counters in one statement: call it before reading what is kept (what is then built is at least as new as the
     * version it is kept under, so a kept read is never older than its version). Plain JDBC: outside a transaction an
     * autocommit connection from the pool, inside one the transaction's own connection.
     */
    public Version version() {
        StatementCounter.count();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(VERSION);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("change_counter has no row");
            }
            return new Version(row.getLong(1), row.getLong(2), row.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException("change_counter not read", e);
        }
    }

    /**
     * A kept read's entry point: for the public without a transaction (what it is kept under depends on the request
     * alone, and a current kept read needs only {@link #version()}); for a signed-in caller in one read-only
     * transaction, since the caller's rights are read from the database.
     */
    public <T> T read(Supplier<T> read) {
        return user.isAuthenticated() ? reads.call(read) : read.get();
    }

    /**
     * The read kept under the key at this version, or the one {@code build} makes (then kept), in a read-only
     * transaction (the caller's, when it has one).
     */
    public <T> Json<T> get(Object key, Object version, Supplier<T> build) {
        return keep(key, version, build, this::write);
    }

    /**
     * A read sent as other bytes than its JSON (a file with its own validator) kept the same way: {@code body} gives
     * the bytes it is sent (and counted) as.
     */
    public <T> Json<T> get(Object key, Object version, Supplier<T> build, Function<T, byte[]> body) {
        return keep(key, version, build, body);
    }

    /** A body that is not JSON (a CSV export) kept the same way: its bytes, built by {@code build}. */
    public byte[] bytes(Object key, Object version, Supplier<byte[]> build) {
        return keep(key, version, build, body -> body).bytes();
    }

    @SuppressWarnings("unchecked")
    private <T> Json<T> keep(Object key, Object version, Supplier<T> build, Function<T, byte[]> write) {
        synchronized (kept) {
            Kept k = kept.get(key);
            if (k != null && k.version().equals(version)) {
                return (Json<T>) k.json();
            }
        }
        T value = reads.call(build);
        Json<T> json = new Json<>(value, write.apply(value), true);
        synchronized (kept) {
            Kept previous = kept.put(key, new Kept(version, json));
            held += json.bytes.length - (previous == null ? 0 : previous.json().bytes.length);
            Iterator<Map.Entry<Object, Kept>> eldest = kept.entrySet().iterator();
            while ((held > BUDGET || kept.size() > ENTRIES) && eldest.hasNext()) {
                held -= eldest.next().getValue().json().bytes.length;
                eldest.remove();
            }
        }
        return json;
    }

    /** A read that is not kept (it depends on something no key holds), with its JSON all the same. */
    public <T> Json<T> unkept(T value) {
        return new Json<>(value, write(value), false);
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
