package se.samverkan.common.http;

import org.jboss.resteasy.reactive.RestResponse;

/** Files the API hands out to be saved: one place for their media types and the Content-Disposition header. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** A file to save under {@code fileName} (plain ASCII names only; they come from the API, never the client). */
    public static <T> RestResponse<T> attachment(T body, String mediaType, String fileName) {
        return RestResponse.ResponseBuilder.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
