package se.samverkan.document;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Files in PostgreSQL as rows of 256 KiB chunks: several API instances share them and database backups hold them.
 * Writing goes chunk by chunk within the request's transaction; reading fetches one chunk per query on a connection
 * of its own, because a download is written after the request's transaction has ended.
 */
@ApplicationScoped
public class PostgresBlobStorage implements BlobStorage {

    static final int CHUNK_BYTES = 256 * 1024;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Stored store(InputStream content) throws IOException {
        UUID id = UUID.randomUUID();
        MessageDigest digest = sha256();
        long[] size = {0};
        try {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into stored_blob_chunk (blob_id, seq, data) values (?, ?, ?)")) {
                    byte[] buffer = new byte[CHUNK_BYTES];
                    int seq = 0;
                    int filled;
                    while ((filled = content.readNBytes(buffer, 0, CHUNK_BYTES)) > 0) {
                        digest.update(buffer, 0, filled);
                        size[0] += filled;
                        insert.setObject(1, id);
                        insert.setInt(2, seq++);
                        insert.setBytes(3, filled == CHUNK_BYTES ? buffer : java.util.Arrays.copyOf(buffer, filled));
                        insert.executeUpdate();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Stored(id, size[0], HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void copyTo(UUID id, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select data from stored_blob_chunk where blob_id = ? and seq = ?")) {
            for (int seq = 0; ; seq++) {
                select.setObject(1, id);
                select.setInt(2, seq);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                    out.write(row.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("Reading stored file " + id + " failed", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
