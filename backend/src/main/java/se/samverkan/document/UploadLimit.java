package se.samverkan.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an upload whose declared length is already over the limit with a 413 problem before its body is read, so
 * nobody waits for 100 MB to arrive only to be told it was too large. (The form's other fields may add a little.)
 */
public class UploadLimit {

    static final long FORM_OVERHEAD = 64 * 1024;

    @Inject
    DocumentService service;

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizedUploads(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/v1/documents") || path.endsWith("/links")) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null
                && length.matches("[0-9]{1,18}")
                && Long.parseLong(length) > service.maxBytes() + FORM_OVERHEAD) {
            throw DocumentService.tooLarge(service.maxBytes());
        }
    }
}
