package se.samverkan.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Conditional reads and shared caching of public documents. Only an anonymous read of something public is marked
 * {@code Cache-Control: public}, so a proxy or CDN may serve it; every other response is left to the common rule
 * (private). The validators are content ETags, distinct from the version ETags that If-Match checks on writes.
 */
public final class PublicReads {

    /** How long a shared cache may serve a public document without asking again (it revalidates with the ETag). */
    public static final String PUBLIC_CACHE = "public, max-age=300";

    private PublicReads() {}

    /** A strong ETag from the bytes sent. */
    public static String contentTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String tag(String value) {
        return "\"" + value + "\"";
    }

    /** Whether If-None-Match names the tag (or is *): then 304, without a body. Weak comparison, as RFC 9110 asks. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** 200 with the bytes, or 304 when the client has them already; public caching only when asked for. */
    public static Response respond(
            byte[] body, String mediaType, String etag, String ifNoneMatch, boolean sharedCache) {
        return builder(body, mediaType, etag, ifNoneMatch, sharedCache).build();
    }

    /** A plain Response, so that the bytes go out as they are whatever the operation's documented schema. */
    public static Response.ResponseBuilder builder(
            byte[] body, String mediaType, String etag, String ifNoneMatch, boolean sharedCache) {
        Response.ResponseBuilder builder =
                matches(ifNoneMatch, etag) || body == null ? Response.notModified() : Response.ok(body, mediaType);
        builder.header(HttpHeaders.ETAG, etag);
        if (sharedCache) {
            builder.header(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE);
        }
        return builder;
    }

    /**
     * A kept read (KeptJson) with its content ETag, or 304; a large one is written from its direct copy
     * ({@link KeptJson.Json#entity()}).
     */
    public static Response respond(KeptJson.Json<?> json, String mediaType, String ifNoneMatch, boolean sharedCache) {
        return builder(json.bytes(), json::entity, mediaType, json.contentTag(), ifNoneMatch, sharedCache)
                .build();
    }

    /**
     * As {@link #builder(byte[], String, String, String, boolean)}, with what is sent in place of the bytes made by
     * {@code entity} (null: the bytes), e.g. a kept read's direct copy.
     */
    public static Response.ResponseBuilder builder(
            byte[] body,
            Supplier<Object> entity,
            String mediaType,
            String etag,
            String ifNoneMatch,
            boolean sharedCache) {
        if (entity == null || body == null || matches(ifNoneMatch, etag)) {
            return builder(body, mediaType, etag, ifNoneMatch, sharedCache);
        }
        Response.ResponseBuilder builder = Response.ok(entity.get(), mediaType);
        builder.header(HttpHeaders.ETAG, etag);
        if (sharedCache) {
            builder.header(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE);
        }
        return builder;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
