package se.samverkan.common.http;

/** A read model of something versioned: its version is the ETag it is answered with (see {@link EntityTags}). */
public interface Versioned {

    long version();
}
