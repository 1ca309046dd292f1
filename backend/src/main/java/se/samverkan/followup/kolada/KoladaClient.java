package se.samverkan.followup.kolada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Kolada's public API v3, read only: {@code GET <base>/data/kpi/<kpi>/municipality/<ids>?page=1&per_page=n} answers
 * {@code {"count": n, "values": [{"kpi", "municipality", "period", "values": [{"gender": "T|K|M", "count", "status",
 * "value"}]}], "next_url": …}}. Pages are followed through next_url (only within the configured base: an answer
 * cannot send the fetch elsewhere), municipality ids go in groups so that a URL stays short.
 */
@ApplicationScoped
public class KoladaClient {

    /** Municipality ids per request (Västra Götaland has 49). */
    static final int IDS_PER_REQUEST = 25;

    /** A runaway next_url chain ends here. */
    static final int MAX_PAGES = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One figure: a municipality's (or region's) value of a year, for one gender (T, K or M). */
    public record Row(String municipality, int period, String gender, BigDecimal value) {}

    /** What came back: the figures and how many pages carried them. */
    public record Answer(List<Row> rows, int pages) {}

    /** A fetch that did not end with Kolada's figures. */
    public static class Failure extends Exception {
        final KoladaFetch.ErrorKind error;
        final Integer httpStatus;
        final int pages;
        final int rows;

        Failure(KoladaFetch.ErrorKind error, Integer httpStatus, int pages, int rows, Throwable cause) {
            super(error + (httpStatus == null ? "" : " " + httpStatus), cause);
            this.error = error;
            this.httpStatus = httpStatus;
            this.pages = pages;
            this.rows = rows;
        }
    }

    @Inject
    KoladaSettings settings;

    private volatile HttpClient http;

    public Answer fetch(String kpi, List<String> municipalityIds) throws Failure {
        List<Row> rows = new ArrayList<>();
        int pages = 0;
        for (int from = 0; from < municipalityIds.size(); from += IDS_PER_REQUEST) {
            List<String> group =
                    municipalityIds.subList(from, Math.min(from + IDS_PER_REQUEST, municipalityIds.size()));
            String url = settings.baseUrl() + "/data/kpi/" + kpi + "/municipality/" + String.join(",", group)
                    + "?page=1&per_page=" + settings.perPage();
            while (url != null) {
                if (pages == MAX_PAGES) {
                    throw new Failure(KoladaFetch.ErrorKind.INVALID_RESPONSE, null, pages, rows.size(), null);
                }
                JsonNode page = get(url, pages, rows.size());
                pages++;
                read(page, kpi, rows, pages);
                url = next(page, pages, rows.size());
            }
        }
        return new Answer(rows, pages);
    }

    private JsonNode get(String url, int pages, int rows) throws Failure {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new Failure(KoladaFetch.ErrorKind.TIMEOUT, null, pages, rows, e);
        } catch (IOException e) {
            throw new Failure(KoladaFetch.ErrorKind.UNREACHABLE, null, pages, rows, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(KoladaFetch.ErrorKind.UNREACHABLE, null, pages, rows, e);
        }
        if (response.statusCode() != 200) {
            throw new Failure(KoladaFetch.ErrorKind.HTTP_STATUS, response.statusCode(), pages, rows, null);
        }
        try {
            JsonNode page = JSON.readTree(response.body());
            if (page == null || !page.path("values").isArray()) {
                throw new Failure(KoladaFetch.ErrorKind.INVALID_RESPONSE, null, pages, rows, null);
            }
            return page;
        } catch (IOException e) {
            throw new Failure(KoladaFetch.ErrorKind.INVALID_RESPONSE, null, pages, rows, e);
        }
    }

    /** Adds the page's figures; a value Kolada has not got (null) is no figure. */
    private static void read(JsonNode page, String kpi, List<Row> rows, int pages) throws Failure {
        for (JsonNode record : page.path("values")) {
            JsonNode municipality = record.path("municipality");
            JsonNode period = record.path("period");
            if (!municipality.isTextual()
                    || !period.canConvertToInt()
                    || !record.path("values").isArray()) {
                throw new Failure(KoladaFetch.ErrorKind.INVALID_RESPONSE, null, pages, rows.size(), null);
            }
            if (record.has("kpi") && !kpi.equals(record.path("kpi").asText())) {
                throw new Failure(KoladaFetch.ErrorKind.INVALID_RESPONSE, null, pages, rows.size(), null);
            }
            for (JsonNode value : record.path("values")) {
                JsonNode number = value.path("value");
                if (number.isNull() || number.isMissingNode()) {
                    continue;
                }
                if (!number.isNumber() || !value.path("gender").isTextual()) {
                    throw new Failure(KoladaFetch.ErrorKind.INVALID_RESPONSE, null, pages, rows.size(), null);
                }
                rows.add(new Row(
                        municipality.asText(),
                        period.asInt(),
                        value.path("gender").asText(),
                        number.decimalValue()));
            }
        }
    }

    /** The next page's URL, when there is one; a URL outside the configured base is refused. */
    private String next(JsonNode page, int pages, int rows) throws Failure {
        JsonNode next = page.path("next_url");
        if (next.isMissingNode() || next.isNull() || next.asText().isBlank()) {
            next = page.path("next_page"); // the name of the v2 answer
        }
        if (next.isMissingNode() || next.isNull() || next.asText().isBlank()) {
            return null;
        }
        String url = next.asText();
        if (!url.startsWith(settings.baseUrl() + "/")) {
            throw new Failure(KoladaFetch.ErrorKind.INVALID_RESPONSE, null, pages, rows, null);
        }
        return url;
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(settings.timeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            http = client;
        }
        return client;
    }
}
