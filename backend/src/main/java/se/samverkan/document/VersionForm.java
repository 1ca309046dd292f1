package se.samverkan.document;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A new version of a document's file, as multipart/form-data. */
@Schema(name = "DocumentVersionUpload")
public class VersionForm {

    @RestForm("file")
    @Schema(required = true, type = SchemaType.STRING, format = "binary")
    public FileUpload file;
}
