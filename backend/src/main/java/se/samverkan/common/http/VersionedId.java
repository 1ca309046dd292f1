package se.samverkan.common.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;

/**
 * What every change of a versioned resource names: the resource ({@code {id}} in the path) and the version the caller
 * read (If-Match), which {@link EntityTags#requireMatch} holds against the stored one. A resource method takes it as
 * one {@code @BeanParam}; the If-Match parameter's description is written once in the OpenAPI filter.
 */
public record VersionedId(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {}
