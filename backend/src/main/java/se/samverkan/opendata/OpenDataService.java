package se.samverkan.opendata;

import static se.samverkan.common.problem.Text.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.CsvTable;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;

/**
 * Open data: the public datasets as CSV and JSON with their schemas, a DCAT-AP-SE catalogue (JSON-LD) describing them
 * for dataportal.se, and Atom feeds of newly adopted agreements and published minutes. Everything is rebuilt when the
 * data changes (at most once a minute by default): the change feed's last position is the data's version, and what was
 * built for a version is kept.
 */
@ApplicationScoped
public class OpenDataService {

    /** CC0 1.0: what Swedish public bodies publish open data under (the seeds state no licence of their own). */
    public static final String LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/";

    public static final String LICENSE_NAME = "CC0 1.0 Universal (Public Domain Dedication)";

    private static final int FEED_ENTRIES = 50;

    /** A row's last change: kept with the row for ordering, never written (datasets write their declared columns). */
    static final String CHANGED_AT = "_changed_at";

    @Inject
    OpenDataTables tables;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ConfigProperty(name = "samverkan.public-url")
    String publicUrl;

    @ConfigProperty(name = "samverkan.open-data.publisher")
    String publisher;

    @ConfigProperty(name = "samverkan.open-data.contact-email")
    String contactEmail;

    /** What was built for one version of the data. */
    record Snapshot(
            long version,
            Instant builtAt,
            Map<OpenDataset, List<Map<String, Object>>> tables,
            Map<String, String> rendered) {}

    private volatile Snapshot snapshot;

    private final ReentrantLock rebuilding = new ReentrantLock();

    /** A busy system changes all the time: the datasets are rebuilt at most this often (each rebuild reads all). */
    @ConfigProperty(name = "samverkan.open-data.rebuild-at-most-every")
    Duration rebuildAtMostEvery;

    /** The data's version: the change feed's last position (every write is in the change log). */
    @Transactional
    @ReadOnly
    public long version() {
        return ((Number) em.createNativeQuery("select coalesce(max(position), 0) from change_feed")
                        .getSingleResult())
                .longValue();
    }

    Snapshot current() {
        long version = version();
        Snapshot kept = snapshot;
        if (kept != null
                && (kept.version() == version
                        || kept.builtAt().isAfter(Clocks.now(clock).minus(rebuildAtMostEvery)))) {
            return kept;
        }
        // One rebuild at a time per instance; meanwhile readers get what was built before, if anything.
        if (kept != null && !rebuilding.tryLock()) {
            return kept;
        }
        if (kept == null) {
            rebuilding.lock();
        }
        try {
            kept = snapshot;
            if (kept == null || kept.version() != version) {
                // Built after the version was read: it may hold newer data, never older, and a later read rebuilds.
                kept = new Snapshot(version, Clocks.now(clock), tables.build(), new ConcurrentHashMap<>());
                snapshot = kept;
            }
            return kept;
        } finally {
            rebuilding.unlock();
        }
    }

    public static OpenDataset dataset(String slug) {
        return OpenDataset.bySlug(slug).orElseThrow(() -> ProblemException.notFound(text("open-data.not-found", slug)));
    }

    public String csv(String slug) {
        OpenDataset dataset = dataset(slug);
        Snapshot s = current();
        return s.rendered().computeIfAbsent(slug + ".csv", k -> {
            CsvTable table = new CsvTable(
                    CsvDialect.RFC4180,
                    dataset.columns.stream().map(OpenDataset.Column::name).toList());
            for (Map<String, Object> row : s.tables().get(dataset)) {
                table.row(dataset.columns.stream()
                        .map(c -> cell(c, row.get(c.name())))
                        .toArray());
            }
            return table.toString();
        });
    }

    public String json(String slug) {
        OpenDataset dataset = dataset(slug);
        Snapshot s = current();
        return s.rendered().computeIfAbsent(slug + ".json", k -> {
            ObjectNode body = json.createObjectNode();
            body.put("dataset", dataset.slug);
            body.put("title", dataset.titleSv);
            body.put("license", LICENSE);
            body.put("schema", api("/open-data/" + dataset.slug + "/schema"));
            body.put("modified", s.builtAt().toString());
            ArrayNode rows = body.putArray("rows");
            for (Map<String, Object> row : s.tables().get(dataset)) {
                ObjectNode out = rows.addObject();
                for (OpenDataset.Column c : dataset.columns) {
                    Object value = cell(c, row.get(c.name()));
                    out.set(c.name(), json.valueToTree(value));
                }
            }
            return write(body);
        });
    }

    /** The dataset's Table Schema (https://specs.frictionlessdata.io/table-schema/). */
    public String schema(String slug) {
        OpenDataset dataset = dataset(slug);
        ObjectNode body = json.createObjectNode();
        body.put("name", dataset.slug);
        body.put("title", dataset.titleSv);
        body.put("description", dataset.descriptionSv);
        body.put("license", LICENSE);
        ArrayNode fields = body.putArray("fields");
        for (OpenDataset.Column c : dataset.columns) {
            fields.addObject().put("name", c.name()).put("type", c.type()).put("description", c.description());
        }
        return write(body);
    }

    /** The datasets with their links, row counts and licence: what the open-data page shows. */
    public OpenDataDtos.Catalogue catalogue() {
        Snapshot s = current();
        List<OpenDataDtos.DatasetDto> datasets = java.util.Arrays.stream(OpenDataset.values())
                .map(d -> new OpenDataDtos.DatasetDto(
                        d.slug,
                        d.titleSv,
                        d.titleEn,
                        d.descriptionSv,
                        d.descriptionEn,
                        s.tables().get(d).size(),
                        "/api/v1/open-data/" + d.slug + ".csv",
                        "/api/v1/open-data/" + d.slug + ".json",
                        "/api/v1/open-data/" + d.slug + "/schema"))
                .toList();
        return new OpenDataDtos.Catalogue(
                datasets,
                LICENSE,
                LICENSE_NAME,
                publisher,
                s.builtAt(),
                "/api/v1/open-data/catalog.jsonld",
                "/api/v1/open-data/catalog.ttl",
                List.of(
                        new OpenDataDtos.FeedDto("AGREEMENTS", null, "/api/v1/open-data/agreements.atom"),
                        new OpenDataDtos.FeedDto("MINUTES", null, "/api/v1/open-data/minutes.atom")));
    }

    /** The DCAT-AP-SE catalogue as JSON-LD. */
    public String dcat() {
        Snapshot s = current();
        return s.rendered().computeIfAbsent("catalog.jsonld", k -> write(Dcat.catalogue(json, this, s)));
    }

    /** The same DCAT-AP-SE catalogue in Turtle. */
    public String dcatTurtle() {
        Snapshot s = current();
        return s.rendered().computeIfAbsent("catalog.ttl", k -> Dcat.turtle(Dcat.catalogue(json, this, s)));
    }

    /** Newly adopted agreements, newest first (per county, or national). */
    public String agreementsFeed(String county) {
        Snapshot s = current();
        return s.rendered().computeIfAbsent("agreements.atom:" + county, k -> {
            List<Map<String, Object>> rows = s.tables().get(OpenDataset.AGREEMENTS).stream()
                    .filter(r -> "ADOPTED".equals(r.get("status")) && r.get("adopted_on") != null)
                    .filter(r -> county == null || county.equals(r.get("county_code")))
                    .sorted(Comparator.comparing((Map<String, Object> r) -> (LocalDate) r.get("adopted_on"))
                            .thenComparing(r -> (Instant) r.get(CHANGED_AT))
                            .reversed())
                    .limit(FEED_ENTRIES)
                    .toList();
            return atom(
                    "urn:samverkan:open-data:agreements" + (county == null ? "" : ":" + county),
                    "Nyligen antagna överenskommelser" + (county == null ? "" : " (län " + county + ")"),
                    "/api/v1/open-data/agreements.atom" + (county == null ? "" : "?county=" + county),
                    rows,
                    r -> r.get("title") + " " + r.get("first_year") + "–" + r.get("last_year"),
                    r -> ((LocalDate) r.get("adopted_on")).atStartOfDay().toInstant(ZoneOffset.UTC),
                    r -> (String) r.get("purpose"));
        });
    }

    /** Newly published minutes, newest first (per county, or national). */
    public String minutesFeed(String county) {
        Snapshot s = current();
        return s.rendered().computeIfAbsent("minutes.atom:" + county, k -> {
            Map<Object, Object> forumCounty = s.tables().get(OpenDataset.FORUMS).stream()
                    .filter(f -> f.get("county_code") != null)
                    .collect(Collectors.toMap(f -> f.get("id"), f -> f.get("county_code")));
            List<Map<String, Object>> rows = s.tables().get(OpenDataset.MINUTES).stream()
                    .filter(r -> county == null || county.equals(forumCounty.get(r.get("forum_id"))))
                    .sorted(Comparator.comparing((Map<String, Object> r) -> (Instant) r.get("published_at"))
                            .reversed())
                    .limit(FEED_ENTRIES)
                    .toList();
            return atom(
                    "urn:samverkan:open-data:minutes" + (county == null ? "" : ":" + county),
                    "Publicerade protokoll" + (county == null ? "" : " (län " + county + ")"),
                    "/api/v1/open-data/minutes.atom" + (county == null ? "" : "?county=" + county),
                    rows,
                    r -> r.get("forum_name") + " " + r.get("date")
                            + (r.get("title") == null ? "" : ": " + r.get("title")),
                    r -> (Instant) r.get("published_at"),
                    r -> null);
        });
    }

    private String atom(
            String feedId,
            String title,
            String self,
            List<Map<String, Object>> rows,
            Function<Map<String, Object>, String> entryTitle,
            Function<Map<String, Object>, Instant> updated,
            Function<Map<String, Object>, String> summary) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "sv");
            element(xml, "id", feedId);
            element(xml, "title", title);
            Instant newest = rows.isEmpty() ? Instant.EPOCH : updated.apply(rows.get(0));
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(newest));
            link(xml, "self", api(self.substring("/api/v1".length())));
            link(xml, "alternate", site("/open-data"));
            xml.writeStartElement("author");
            element(xml, "name", publisher);
            xml.writeEndElement();
            element(xml, "rights", LICENSE_NAME);
            for (Map<String, Object> row : rows) {
                xml.writeStartElement("entry");
                Object id = row.containsKey("meeting_id") ? row.get("meeting_id") : row.get("id");
                element(xml, "id", "urn:uuid:" + id);
                element(xml, "title", entryTitle.apply(row));
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated.apply(row)));
                link(xml, "alternate", (String) row.get("url"));
                String text = summary.apply(row);
                if (text != null && !text.isBlank()) {
                    element(xml, "summary", text);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(Objects.toString(text, ""));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    /** A value as its column's type writes it: numbers as numbers, dates and times in ISO 8601, the rest as text. */
    private static Object cell(OpenDataset.Column column, Object value) {
        if (value == null) {
            return null;
        }
        if (column.type().equals("number") && value instanceof String s) {
            return new BigDecimal(s);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    /** The absolute address of an API path (the SPA's origin proxies /api). */
    String api(String path) {
        return base() + "/api/v1" + path;
    }

    String site(String path) {
        return base() + path;
    }

    String publisher() {
        return publisher;
    }

    String contactEmail() {
        return contactEmail;
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
