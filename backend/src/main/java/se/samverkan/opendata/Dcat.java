package se.samverkan.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The catalogue in DCAT-AP-SE (the Swedish profile of DCAT-AP that dataportal.se harvests), as JSON-LD: a
 * dcat:Catalog with title, description, publisher, licence and its datasets; each dcat:Dataset with title,
 * description, publisher, contact point, theme, keywords and distributions; each dcat:Distribution with access and
 * download URL, licence, format and media type. The same graph is written in Turtle ({@link #turtle}), from the
 * JSON-LD itself, so the two cannot say different things.
 */
final class Dcat {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

    private static final String EU = "http://publications.europa.eu/resource/authority/";

    private Dcat() {}

    static ObjectNode catalogue(ObjectMapper json, OpenDataService service, OpenDataService.Snapshot snapshot) {
        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", DCAT);
        context.put("dcterms", DCTERMS);
        context.put("foaf", FOAF);
        context.put("vcard", VCARD);
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        ArrayNode graph = root.putArray("@graph");

        String catalogueId = service.api("/open-data/catalog.jsonld");
        String publisherId = service.site("/open-data#publisher");
        String modified = snapshot.builtAt().toString();

        ObjectNode catalogue = graph.addObject();
        catalogue.put("@id", catalogueId);
        catalogue.put("@type", "dcat:Catalog");
        languages(catalogue, "dcterms:title", "Samverkan – öppna data", "Samverkan – open data");
        languages(
                catalogue,
                "dcterms:description",
                "Det som är antaget och offentligt i samverkan kring nyanländas etablering: överenskommelser, forum,"
                        + " publicerade protokoll och beslut samt beviljade projekt.",
                "What is adopted and public in the cooperation on newly arrived migrants' establishment: agreements,"
                        + " forums, published minutes and decisions, and granted projects.");
        reference(catalogue, "dcterms:publisher", publisherId);
        reference(catalogue, "dcterms:license", OpenDataService.LICENSE);
        reference(catalogue, "dcterms:language", EU + "language/SWE");
        reference(catalogue, "foaf:homepage", service.site("/open-data"));
        typed(catalogue, "dcterms:modified", modified, "xsd:dateTime");
        ArrayNode datasets = catalogue.putArray("dcat:dataset");

        ObjectNode agent = graph.addObject();
        agent.put("@id", publisherId);
        agent.put("@type", "foaf:Agent");
        agent.put("foaf:name", service.publisher());

        for (OpenDataset d : OpenDataset.values()) {
            String datasetId = service.api("/open-data/" + d.slug);
            datasets.addObject().put("@id", datasetId);
            ObjectNode dataset = graph.addObject();
            dataset.put("@id", datasetId);
            dataset.put("@type", "dcat:Dataset");
            languages(dataset, "dcterms:title", d.titleSv, d.titleEn);
            languages(dataset, "dcterms:description", d.descriptionSv, d.descriptionEn);
            reference(dataset, "dcterms:publisher", publisherId);
            ObjectNode contact = dataset.putObject("dcat:contactPoint");
            contact.put("@type", "vcard:Organization");
            contact.put("vcard:fn", service.publisher());
            reference(contact, "vcard:hasEmail", "mailto:" + service.contactEmail());
            reference(dataset, "dcat:theme", EU + "data-theme/SOCI");
            reference(dataset, "dcterms:accessRights", EU + "access-right/PUBLIC");
            reference(dataset, "dcat:landingPage", service.site("/open-data"));
            ArrayNode keywords = dataset.putArray("dcat:keyword");
            keywords.addObject().put("@value", "integration").put("@language", "sv");
            keywords.addObject().put("@value", "nyanlända").put("@language", "sv");
            keywords.addObject().put("@value", "länsstyrelsen").put("@language", "sv");
            typed(dataset, "dcterms:modified", modified, "xsd:dateTime");
            reference(dataset, "dcterms:conformsTo", service.api("/open-data/" + d.slug + "/schema"));
            ArrayNode distributions = dataset.putArray("dcat:distribution");
            for (String format : new String[] {"csv", "json"}) {
                String url = service.api("/open-data/" + d.slug + "." + format);
                distributions.addObject().put("@id", url + "#distribution");
                ObjectNode distribution = graph.addObject();
                distribution.put("@id", url + "#distribution");
                distribution.put("@type", "dcat:Distribution");
                languages(
                        distribution,
                        "dcterms:title",
                        d.titleSv + " (" + format.toUpperCase() + ")",
                        d.titleEn + " (" + format.toUpperCase() + ")");
                reference(distribution, "dcat:accessURL", url);
                reference(distribution, "dcat:downloadURL", url);
                reference(distribution, "dcterms:license", OpenDataService.LICENSE);
                reference(distribution, "dcterms:format", EU + "file-type/" + format.toUpperCase());
                reference(
                        distribution,
                        "dcat:mediaType",
                        "https://www.iana.org/assignments/media-types/"
                                + (format.equals("csv") ? "text/csv" : "application/json"));
                reference(distribution, "dcterms:conformsTo", service.api("/open-data/" + d.slug + "/schema"));
            }
        }
        return root;
    }

    /**
     * The JSON-LD graph of {@link #catalogue} in Turtle. It reads the small part of JSON-LD that graph uses: prefixes
     * in the context; nodes with @id and @type; values that are IRIs ({"@id"}), language-tagged or typed literals,
     * plain strings, lists of those, and unnamed nodes (the contact point).
     */
    static String turtle(ObjectNode jsonLd) {
        StringBuilder out = new StringBuilder();
        jsonLd.path("@context").properties().forEach(prefix -> out.append("@prefix ")
                .append(prefix.getKey())
                .append(": ")
                .append(iri(prefix.getValue().asText()))
                .append(" .\n"));
        for (JsonNode node : jsonLd.path("@graph")) {
            out.append('\n').append(iri(node.path("@id").asText()));
            subject(out, node, "    ");
            out.append(" .\n");
        }
        return out.toString();
    }

    /** The node's type and properties, each on its own line, separated by ";". */
    private static void subject(StringBuilder out, JsonNode node, String indent) {
        String separator = "\n" + indent;
        boolean first = true;
        if (node.has("@type")) {
            out.append(separator).append("a ").append(node.path("@type").asText());
            first = false;
        }
        for (var property : node.properties()) {
            if (property.getKey().startsWith("@")
                    || property.getValue().isEmpty() && property.getValue().isArray()) {
                continue;
            }
            if (!first) {
                out.append(" ;");
            }
            first = false;
            out.append(separator).append(property.getKey()).append(' ');
            JsonNode value = property.getValue();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    object(out, value.get(i), indent);
                }
            } else {
                object(out, value, indent);
            }
        }
    }

    private static void object(StringBuilder out, JsonNode value, String indent) {
        if (value.isTextual()) {
            out.append(literal(value.asText()));
        } else if (value.has("@id")) {
            out.append(iri(value.path("@id").asText()));
        } else if (value.has("@value")) {
            out.append(literal(value.path("@value").asText()));
            if (value.has("@language")) {
                out.append('@').append(value.path("@language").asText());
            } else if (value.has("@type")) {
                out.append("^^").append(value.path("@type").asText());
            }
        } else {
            out.append('[');
            subject(out, value, indent + "    ");
            out.append('\n').append(indent).append(']');
        }
    }

    /** An IRI reference; the characters Turtle does not allow in one are escaped. */
    private static String iri(String iri) {
        StringBuilder out = new StringBuilder("<");
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('>').toString();
    }

    /** A quoted literal with Turtle's escapes. */
    private static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void languages(ObjectNode node, String property, String sv, String en) {
        ArrayNode values = node.putArray(property);
        values.addObject().put("@value", sv).put("@language", "sv");
        values.addObject().put("@value", en).put("@language", "en");
    }

    private static void reference(ObjectNode node, String property, String id) {
        node.putObject(property).put("@id", id);
    }

    private static void typed(ObjectNode node, String property, String value, String type) {
        node.putObject(property).put("@value", value).put("@type", type);
    }
}
