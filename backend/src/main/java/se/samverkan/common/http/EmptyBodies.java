package se.samverkan.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A state change such as "publish" or "compile" is a POST whose JSON body is optional. A request without content has
 * no meaningful Content-Type (clients send none, or a form type by default), so it is read as an empty JSON body
 * (null) instead of failing with 415; an explicitly chosen type (an empty CSV upload) is left alone; a required body is then refused as a validation problem naming it.
 */
public class EmptyBodies {

    @ServerRequestFilter(preMatching = true)
    public void readAsJson(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean empty = "0".equals(length) || (length == null && request.getHeaderString("Transfer-Encoding") == null);
        MediaType type = request.getMediaType();
        boolean noChosenType = type == null || MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type);
        if (empty && noChosenType) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
