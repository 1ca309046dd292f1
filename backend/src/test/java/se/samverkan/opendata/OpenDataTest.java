package se.samverkan.opendata;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;

/** Open data: only public rows (a draft never leaks), schemas, ETags, the DCAT-AP-SE catalogue and Atom feeds. */
@QuarkusTest
class OpenDataTest {

    private static final String PATH = "/api/v1/open-data";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void aDraftNeverLeaksWhoeverAsks() throws Exception {
        Map<String, Object> draftInput = Agreements.input("19");
        String draft = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, draftInput);
        Map<String, Object> adoptedInput = Agreements.input("19");
        String adopted = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, adoptedInput);
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, adopted, "ADOPTED").statusCode(200);
        // An unpublished meeting's decision stays out as well.
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(3));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Inriktning", "DECISION");
        String decision = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Ett beslut som inte är publicerat", "outcome", "ADOPTED", "subject", "OTHER"))
                .post(Forums.MEETINGS + "/" + meeting + "/agenda-items/" + point + "/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        for (DemoUser caller : List.of(ANONYMOUS, ADMIN, COORDINATOR_VASTMANLAND)) {
            String csv = caller.request()
                    .get(PATH + "/agreements.csv")
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/csv"))
                    .extract()
                    .asString();
            assertTrue(csv.contains(adopted), caller + " gets the adopted agreement");
            assertFalse(csv.contains(draft), caller + " never gets the draft");
            assertFalse(csv.contains((String) draftInput.get("title")), caller + " never gets the draft's title");
            for (String dataset : List.of("agreement-goal-areas", "agreement-parties", "agreement-strategies")) {
                String json = caller.request()
                        .get(PATH + "/" + dataset + ".json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
                assertFalse(json.contains(draft), caller + ": " + dataset + " holds nothing of the draft");
            }
            assertTrue(
                    caller.request()
                            .get(PATH + "/agreement-parties.json")
                            .asString()
                            .contains(adopted),
                    "the adopted agreement's parties are there");
            String decisions = caller.request()
                    .get(PATH + "/decisions.csv")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertFalse(decisions.contains(decision), caller + ": an unpublished decision stays out");
        }
    }

    @Test
    void theCsvHeaderIsTheSchemaAndJsonRowsHaveItsFields() throws Exception {
        JsonNode schema = JSON.readTree(ANONYMOUS
                .request()
                .get(PATH + "/agreements/schema")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> names = new ArrayList<>();
        schema.path("fields").forEach(f -> {
            names.add(f.path("name").asText());
            assertTrue(f.path("type").isTextual() && f.path("description").isTextual());
        });
        String csv = ANONYMOUS.request().get(PATH + "/agreements.csv").asString();
        assertEquals(String.join(",", names), csv.lines().findFirst().orElseThrow());
        JsonNode body =
                JSON.readTree(ANONYMOUS.request().get(PATH + "/agreements.json").asString());
        assertEquals(
                "http://creativecommons.org/publicdomain/zero/1.0/",
                body.path("license").asText());
        assertTrue(body.path("rows").size() > 0, "the demo data's adopted agreements are there");
        List<String> fields = new ArrayList<>();
        body.path("rows").get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(names, fields);
        ANONYMOUS.request().get(PATH + "/secrets.csv").then().statusCode(404).body("type", containsString("not-found"));
        ANONYMOUS
                .request()
                .queryParam("county", "X")
                .get(PATH + "/agreements.atom")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("county"));
    }

    @Test
    void aChangeGivesANewETagAndUnchangedDataIsNotModified() {
        String etag = ANONYMOUS
                .request()
                .get(PATH + "/agreements.csv")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        ANONYMOUS
                .request()
                .header("If-None-Match", etag)
                .get(PATH + "/agreements.csv")
                .then()
                .statusCode(304);
        String adopted = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, adopted, "ADOPTED").statusCode(200);
        String next = ANONYMOUS
                .request()
                .header("If-None-Match", etag)
                .get(PATH + "/agreements.csv")
                .then()
                .statusCode(200)
                .body(containsString(adopted))
                .extract()
                .header("ETag");
        assertNotEquals(etag, next);
    }

    /** DCAT-AP-SE's mandatory properties (catalogue, dataset, distribution), checked on the JSON-LD graph. */
    @Test
    void theCatalogueHasTheDcatApSeRequiredProperties() throws Exception {
        JsonNode root = JSON.readTree(ANONYMOUS
                .request()
                .get(PATH + "/catalog.jsonld")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .extract()
                .asString());
        assertEquals(
                "http://www.w3.org/ns/dcat#", root.path("@context").path("dcat").asText());
        assertEquals(
                "http://purl.org/dc/terms/",
                root.path("@context").path("dcterms").asText());
        Map<String, JsonNode> byId = new HashMap<>();
        List<JsonNode> catalogues = new ArrayList<>();
        root.path("@graph").forEach(node -> {
            byId.put(node.path("@id").asText(), node);
            if (node.path("@type").asText().equals("dcat:Catalog")) {
                catalogues.add(node);
            }
        });
        assertEquals(1, catalogues.size());
        JsonNode catalogue = catalogues.get(0);
        requireText(catalogue, "dcterms:title");
        requireText(catalogue, "dcterms:description");
        JsonNode publisher =
                byId.get(catalogue.path("dcterms:publisher").path("@id").asText());
        assertEquals("foaf:Agent", publisher.path("@type").asText());
        assertFalse(publisher.path("foaf:name").asText().isBlank(), "the publisher has a name");
        assertEquals(OpenDataset.values().length, catalogue.path("dcat:dataset").size());
        for (JsonNode reference : catalogue.path("dcat:dataset")) {
            JsonNode dataset = byId.get(reference.path("@id").asText());
            assertEquals("dcat:Dataset", dataset.path("@type").asText(), reference.toString());
            requireText(dataset, "dcterms:title");
            requireText(dataset, "dcterms:description");
            assertTrue(byId.containsKey(
                    dataset.path("dcterms:publisher").path("@id").asText()));
            JsonNode contact = dataset.path("dcat:contactPoint");
            assertFalse(contact.path("vcard:fn").asText().isBlank(), "a contact point with a name");
            assertThat(contact.path("vcard:hasEmail").path("@id").asText(), startsWith("mailto:"));
            assertTrue(dataset.path("dcat:distribution").size() >= 2, "CSV and JSON");
            for (JsonNode distributionRef : dataset.path("dcat:distribution")) {
                JsonNode distribution = byId.get(distributionRef.path("@id").asText());
                assertEquals("dcat:Distribution", distribution.path("@type").asText());
                String access = distribution.path("dcat:accessURL").path("@id").asText();
                assertThat(access, startsWith("http"));
                assertEquals(
                        "http://creativecommons.org/publicdomain/zero/1.0/",
                        distribution.path("dcterms:license").path("@id").asText());
                assertThat(
                        distribution.path("dcterms:format").path("@id").asText(),
                        startsWith("http://publications.europa.eu/resource/authority/file-type/"));
                // The access URL answers (relative to this API).
                String path = access.substring(access.indexOf("/api/v1/"));
                ANONYMOUS.request().get(path).then().statusCode(200);
            }
        }
        // Read as RDF by an independent JSON-LD parser, the graph has them too (not only the JSON's shape).
        assertDcatApSeRequiredProperties(
                Rio.parse(new StringReader(JSON.writeValueAsString(root)), "", RDFFormat.JSONLD));
    }

    /**
     * The Turtle catalogue, read by an independent parser (RDF4J): DCAT-AP-SE's mandatory properties, and the same
     * graph as the JSON-LD read as RDF by RDF4J's JSON-LD parser (but for the time each was built).
     */
    @Test
    void theTurtleCatalogueParsesAndHasTheDcatApSeRequiredProperties() throws Exception {
        String turtle = ANONYMOUS
                .request()
                .get(PATH + "/catalog.ttl")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/turtle"))
                .header("ETag", notNullValue())
                .extract()
                .asString();
        Model model = Rio.parse(new StringReader(turtle), "", RDFFormat.TURTLE);
        assertDcatApSeRequiredProperties(model);

        Model fromJsonLd = Rio.parse(
                new StringReader(ANONYMOUS
                        .request()
                        .get(PATH + "/catalog.jsonld")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()),
                "",
                RDFFormat.JSONLD);
        IRI modified = RDF.createIRI(Dcat.DCTERMS, "modified");
        model.remove(null, modified, null);
        fromJsonLd.remove(null, modified, null);
        assertTrue(Models.isomorphic(model, fromJsonLd), "the Turtle and the JSON-LD say the same");
        ANONYMOUS.request().get(PATH).then().body("dcatTurtle", equalTo(PATH + "/catalog.ttl"));
    }

    private static final ValueFactory RDF = SimpleValueFactory.getInstance();

    /**
     * DCAT-AP-SE's mandatory properties, checked on the RDF graph: the catalogue's title (Swedish and English),
     * description, publisher, licence and datasets; the publisher's name; each dataset's title, description, publisher
     * and contact point (with a name and an e-mail address); each distribution's access URL (an IRI) and licence.
     */
    private static void assertDcatApSeRequiredProperties(Model model) {
        Function<String, IRI> dcat = l -> RDF.createIRI(Dcat.DCAT, l);
        Function<String, IRI> dct = l -> RDF.createIRI(Dcat.DCTERMS, l);
        Function<String, IRI> vcard = l -> RDF.createIRI(Dcat.VCARD, l);
        IRI type = org.eclipse.rdf4j.model.vocabulary.RDF.TYPE;

        var catalogues = model.filter(null, type, dcat.apply("Catalog")).subjects();
        assertEquals(1, catalogues.size());
        var catalogue = catalogues.iterator().next();
        for (String property : List.of("title", "description", "publisher", "license")) {
            assertFalse(model.filter(catalogue, dct.apply(property), null).isEmpty(), "catalogue dcterms:" + property);
        }
        var titles = model.filter(catalogue, dct.apply("title"), null).objects().stream()
                .map(v -> ((Literal) v).getLanguage().orElse(""))
                .toList();
        assertTrue(titles.containsAll(List.of("sv", "en")), "titles in Swedish and English: " + titles);
        var publisher = (Resource) model.filter(catalogue, dct.apply("publisher"), null)
                .objects()
                .iterator()
                .next();
        assertTrue(model.contains(publisher, type, RDF.createIRI(Dcat.FOAF, "Agent")), "the publisher is an agent");
        assertFalse(
                model.filter(publisher, RDF.createIRI(Dcat.FOAF, "name"), null).isEmpty(), "the agent's name");

        var datasets = model.filter(catalogue, dcat.apply("dataset"), null).objects();
        assertEquals(OpenDataset.values().length, datasets.size());
        assertEquals(datasets, model.filter(null, type, dcat.apply("Dataset")).subjects());
        int distributions = 0;
        for (var value : datasets) {
            var dataset = (Resource) value;
            for (String property : List.of("title", "description", "publisher")) {
                assertFalse(
                        model.filter(dataset, dct.apply(property), null).isEmpty(), dataset + " dcterms:" + property);
            }
            var contact = (Resource) model.filter(dataset, dcat.apply("contactPoint"), null)
                    .objects()
                    .iterator()
                    .next();
            assertFalse(model.filter(contact, vcard.apply("fn"), null).isEmpty(), dataset + " contact's name");
            var email = model.filter(contact, vcard.apply("hasEmail"), null).objects();
            assertThat(email.iterator().next().stringValue(), startsWith("mailto:"));
            for (var d : model.filter(dataset, dcat.apply("distribution"), null).objects()) {
                var distribution = (Resource) d;
                distributions++;
                assertTrue(model.contains(distribution, type, dcat.apply("Distribution")));
                var access = model.filter(distribution, dcat.apply("accessURL"), null)
                        .objects();
                assertEquals(1, access.size(), distribution + " dcat:accessURL");
                assertTrue(access.iterator().next().isIRI());
                assertTrue(model.contains(
                        distribution,
                        dct.apply("license"),
                        RDF.createIRI("http://creativecommons.org/publicdomain/zero/1.0/")));
            }
        }
        assertEquals(OpenDataset.values().length * 2, distributions, "CSV and JSON of every dataset");
    }

    @Test
    void atomFeedsAreValidXmlPerCountyAndNational() throws Exception {
        String adopted = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, adopted, "ADOPTED").statusCode(200);
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(1));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesbild", "PRESENTATION");
        Forums.writeMinutes(
                COORDINATOR_VASTMANLAND, meeting, point, "Lägesbild", "PRESENTATION", "Rådet informerades.");
        Forums.publishMinutes(COORDINATOR_VASTMANLAND, meeting).statusCode(200);

        assertThat(entryIds(feed("/agreements.atom", "19")), hasItem("urn:uuid:" + adopted));
        assertThat(entryIds(feed("/agreements.atom", null)), hasItem("urn:uuid:" + adopted));
        assertThat(entryIds(feed("/agreements.atom", "14")), not(hasItem("urn:uuid:" + adopted)));
        assertThat(entryIds(feed("/minutes.atom", "19")), hasItem("urn:uuid:" + meeting));
        assertThat(entryIds(feed("/minutes.atom", "14")), not(hasItem("urn:uuid:" + meeting)));
        ANONYMOUS
                .request()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("license", equalTo("http://creativecommons.org/publicdomain/zero/1.0/"))
                .body("datasets.slug", hasItem("agreements"))
                .body("feeds.href", hasItem(PATH + "/minutes.atom"))
                .body("modified", notNullValue());
    }

    private static Document feed(String path, String county) throws Exception {
        var request = ANONYMOUS.request();
        if (county != null) {
            request = request.queryParam("county", county);
        }
        String xml = request.get(PATH + path)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .extract()
                .asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, children(root, required).size(), "a feed has one " + required);
        }
        return document;
    }

    private static List<String> entryIds(Document document) {
        List<String> ids = new ArrayList<>();
        for (Element entry : children(document.getDocumentElement(), "entry")) {
            for (String required : List.of("id", "title", "updated", "link")) {
                assertFalse(children(entry, required).isEmpty(), "an entry has " + required);
            }
            ids.add(children(entry, "id").get(0).getTextContent());
        }
        return ids;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static void requireText(JsonNode node, String property) {
        JsonNode values = node.path(property);
        assertTrue(values.isArray() && values.size() > 0, property + " is given");
        values.forEach(v -> assertFalse(v.path("@value").asText().isBlank(), property + " is not empty"));
    }
}
