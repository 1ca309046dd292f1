package se.samverkan.common.csv;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code dialect} query parameter of every CSV export, documented once. */
public record DialectQuery(
        @Parameter(
                        description = CsvDialect.DESCRIPTION,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        enumeration = {"rfc4180", "excel-sv"},
                                        defaultValue = "rfc4180"))
                @QueryParam(CsvDialect.PARAMETER)
                String dialect) {

    /** The chosen dialect; an unknown name is refused with a problem naming the parameter. */
    public CsvDialect chosen() {
        return CsvDialect.of(dialect);
    }
}
