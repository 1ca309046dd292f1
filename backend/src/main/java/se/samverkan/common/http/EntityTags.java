package se.samverkan.common.http;

import static se.samverkan.common.problem.Text.text;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a resource's version is its ETag, and every change must send it back
 * in If-Match so an edit based on a stale copy is refused instead of silently overwriting another's work.
 */
public final class EntityTags {

    private EntityTags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the entity and its version as ETag. */
    public static <T> RestResponse<T> ok(T entity, long version) {
        return RestResponse.ResponseBuilder.ok(entity).tag(of(version)).build();
    }

    /** 201 with the entity, its version as ETag and, when known, its Location. */
    public static <T> RestResponse<T> created(URI location, T entity, long version) {
        RestResponse.ResponseBuilder<T> builder = location == null
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED)
                : RestResponse.ResponseBuilder.created(location);
        return builder.entity(entity).tag(of(version)).build();
    }

    /** 200 with a versioned read model and its version as ETag. */
    public static <T extends Versioned> RestResponse<T> ok(T entity) {
        return ok(entity, entity.version());
    }

    /** 201 with a versioned read model, its version as ETag and, when known, its Location. */
    public static <T extends Versioned> RestResponse<T> created(URI location, T entity) {
        return created(location, entity, entity.version());
    }

    /** 201 with a versioned read model, its version as ETag and its Location {@code api/v1/<collection>/<id>}. */
    public static <T extends Versioned> RestResponse<T> created(String collection, Object id, T entity) {
        return created(location(collection, id), entity);
    }

    /**
     * Where a created resource lives: {@code api/v1/<collection>/<id>}, relative, so that Quarkus REST resolves it
     * against the base URI of the request being answered (the one place that knows host, scheme and root path) and no
     * resource needs the request's UriInfo for it.
     */
    public static URI location(String collection, Object id) {
        return URI.create("api/v1/" + collection + "/" + id);
    }

    /**
     * Whether If-None-Match is "*": the client read that the thing does not exist and asks to create it only if it still
     * does not (RFC 9110 §13.1.2), so that a create made meanwhile is a 412, not overwritten.
     */
    public static boolean createOnly(String ifNoneMatch) {
        return ifNoneMatch != null && ifNoneMatch.trim().equals("*");
    }

    /**
     * Throws 428 when If-Match is missing or only "*", and 412 when it does not name the current version.
     * "*" would match any version and so overwrite whatever others changed meanwhile: a real version is required.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, text("common.send-etag-you-read-if"));
        }
        if (java.util.Arrays.stream(ifMatch.split(",")).map(String::trim).allMatch("*"::equals)) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, text("common.if-match-not-accepted-send"));
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            tag = tag.startsWith("W/") ? tag.substring(2) : tag;
            tag = tag.replace("\"", "");
            if (tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(
                ProblemType.PRECONDITION_FAILED, text("common.resource-been-changed-since-you", currentVersion));
    }
}
