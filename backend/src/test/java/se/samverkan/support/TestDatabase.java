package se.samverkan.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL and the mail server for every @QuarkusTest (one application start for the whole suite). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(GreenMailResource.class)
public final class TestDatabase {

    private TestDatabase() {}
}
