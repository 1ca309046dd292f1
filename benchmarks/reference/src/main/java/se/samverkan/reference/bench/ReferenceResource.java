package se.samverkan.reference.bench;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The trivial endpoint: one row by primary key in a transaction, as JSON; anonymous and with a verified token. */
@Path("/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    public record CountyDto(String code, String name) {
    }

    @GET
    @Path("/counties/{code}")
    @Transactional
    public CountyDto county(@PathParam("code") String code) {
        return read(code);
    }

    @GET
    @Path("/private/counties/{code}")
    @Authenticated
    @Transactional
    public CountyDto countyWithToken(@PathParam("code") String code) {
        return read(code);
    }

    private static CountyDto read(String code) {
        County county = County.findById(code);
        if (county == null) {
            throw new NotFoundException();
        }
        return new CountyDto(county.code, county.name);
    }
}
