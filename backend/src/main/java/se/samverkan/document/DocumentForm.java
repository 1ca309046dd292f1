package se.samverkan.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.samverkan.common.json.InputRules;

/** A new file and its description, as multipart/form-data; the file part is written to a temporary file, never held in memory. */
@Schema(name = "DocumentUpload")
public class DocumentForm {

    static final String OWNER_TYPES = "AGREEMENT|MEETING|AGENDA_ITEM|STATUS_REPORT|FOLLOW_UP_ROUND";
    static final String KINDS =
            "SIGNED_AGREEMENT|APPENDIX|MEETING_PAPER|PRESENTATION|MINUTES|REPORT|DECISION_BASIS|OTHER";
    static final String VISIBILITIES = "PUBLIC|INTERNAL";

    @RestForm("file")
    @Schema(
            required = true,
            type = SchemaType.STRING,
            format = "binary",
            description = "PDF, Word, Excel, PowerPoint, OpenDocument, CSV, PNG or JPEG, decided by the content")
    public FileUpload file;

    @RestForm
    @Schema(required = true, implementation = OwnerType.class)
    @NotNull(message = "{validation.is-required}")
    @Pattern(regexp = OWNER_TYPES, message = "{validation.must-be-one-of-regexp}")
    public String ownerType;

    @RestForm
    @Schema(required = true, format = "uuid")
    @NotNull(message = "{validation.is-required}")
    @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-an-id-uuid}")
    public String ownerId;

    @RestForm
    @Schema(required = true, maxLength = 300)
    @NotBlank(message = "{validation.is-required}")
    @Size(max = 300, message = "{validation.at-most-characters}")
    public String title;

    @RestForm
    @Schema(required = true, implementation = DocumentKind.class)
    @NotNull(message = "{validation.is-required}")
    @Pattern(regexp = KINDS, message = "{validation.must-be-one-of-regexp}")
    public String kind;

    @RestForm
    @Schema(required = true, description = "ISO 639-1, e.g. sv")
    @NotNull(message = "{validation.is-required}")
    @Pattern(regexp = "[a-z]{2}", message = "{validation.must-be-a-two-letter-language-code-such}")
    public String language;

    @RestForm
    @Schema(required = true, implementation = DocumentVisibility.class)
    @NotNull(message = "{validation.is-required}")
    @Pattern(regexp = VISIBILITIES, message = "{validation.must-be-public-or-internal}")
    public String visibility;
}
